# Vieraugen's modules: libraries the programs load at run time (ModuleLoader), so that what only some
# actions need stays off the start path. A module lies where ModuleLoader looks, relative to the
# program: beside it (Windows, macOS) or in <libdir>/vieraugen (Linux install tree, and the build
# tree: programs sit one folder deep there too).
set(VIERAUGEN_MODULE_DIR ${CMAKE_INSTALL_LIBDIR}/vieraugen)
file(RELATIVE_PATH VIERAUGEN_MODULE_RELATIVE_DIR ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_LIBDIR}/vieraugen)

# vieraugen_runtime_module(<target> <file name without prefix and suffix>): builds and installs
# the MODULE library <target> as that module.
function(vieraugen_runtime_module target name)
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME ${name}
        PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/${VIERAUGEN_MODULE_DIR})
    if(WIN32 OR APPLE)
        set_target_properties(${target} PROPERTIES
            LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/app RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/app)
        install(TARGETS ${target} LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        install(TARGETS ${target} LIBRARY DESTINATION ${VIERAUGEN_MODULE_DIR})
    endif()
endfunction()
