# Strict settings shared by every Vieraugen target.
add_library(vieraugen-compiler-settings INTERFACE)

target_compile_definitions(vieraugen-compiler-settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    VIERAUGEN_VERSION="${PROJECT_VERSION}"
    VIERAUGEN_APP_ID="${VIERAUGEN_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(vieraugen-compiler-settings INTERFACE -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wpedantic)
    if(VIERAUGEN_WERROR)
        target_compile_options(vieraugen-compiler-settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(vieraugen-compiler-settings INTERFACE /W4 /permissive-)
    if(VIERAUGEN_WERROR)
        target_compile_options(vieraugen-compiler-settings INTERFACE /WX)
    endif()
endif()

# GNU ld needs about twenty seconds for each of the sixty-odd test programs (static libraries with
# debug information); LLVM's lld links each in under a second. Used where it is installed.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" VIERAUGEN_HAVE_LLD)
    if(VIERAUGEN_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
