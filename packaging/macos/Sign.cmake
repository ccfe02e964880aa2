# CPack runs this after staging Vieraugen.app and before it makes the DMG (CPACK_PRE_BUILD_SCRIPTS).
# With a Developer ID in VIERAUGEN_CODESIGN_IDENTITY it signs the bundle for the hardened runtime,
# inside out: everything nested, then Qt WebEngine's helper with its own entitlements (V8 needs
# JIT), then its framework and the app, which seal what they contain. Without one it does nothing:
# an unsigned DMG still installs (the user confirms it in System Settings → Privacy & Security).
set(identity "$ENV{VIERAUGEN_CODESIGN_IDENTITY}")
if(identity STREQUAL "")
    message(STATUS "VIERAUGEN_CODESIGN_IDENTITY is not set: Vieraugen.app stays unsigned")
    return()
endif()

file(GLOB_RECURSE info_plists "${CPACK_TEMPORARY_DIRECTORY}/*Vieraugen.app/Contents/Info.plist")
list(GET info_plists 0 info_plist)
get_filename_component(app "${info_plist}/../.." ABSOLUTE)
set(webengine "${app}/Contents/Frameworks/QtWebEngineCore.framework")
set(entitlements "${CMAKE_CURRENT_LIST_DIR}")

function(sign)
    execute_process(
        COMMAND codesign --force --options runtime --timestamp --sign "${identity}" ${ARGN}
        COMMAND_ECHO STDOUT
        COMMAND_ERROR_IS_FATAL ANY)
endfunction()

sign(--deep "${app}")
sign(--entitlements "${entitlements}/QtWebEngineProcess.entitlements"
    "${webengine}/Helpers/QtWebEngineProcess.app")
sign("${webengine}")
sign(--entitlements "${entitlements}/Vieraugen.entitlements" "${app}")
execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${app}" COMMAND_ERROR_IS_FATAL ANY)
