# ./test --sanitize builds with VIERAUGEN_SANITIZE: AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer over every target, so a finding in our code fails the test that hit it.
# VIERAUGEN_FUZZ adds the libFuzzer targets of tests/fuzz (clang only); it implies the sanitizers
# and instruments all our code for coverage, so the fuzzer sees into core, not only its entry point.
option(VIERAUGEN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(VIERAUGEN_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)

if(VIERAUGEN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "VIERAUGEN_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
    endif()
    set(VIERAUGEN_SANITIZE ON)
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(VIERAUGEN_SANITIZE)
    # Recovering from undefined behaviour would only print it; aborting fails the test or fuzz run.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
