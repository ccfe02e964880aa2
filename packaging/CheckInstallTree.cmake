# Checks an installed Vieraugen for every piece it needs at run time, each by name, and fails
# naming what is missing. Windows and macOS bundle Qt, so there every piece lies inside the
# install tree; a Linux install takes Qt from the distribution (the package's Depends), so Qt's
# pieces are looked up where that Qt keeps them.
#
#   cmake -DPLATFORM=Windows|Darwin|Linux -DROOT=<folder> -DSESSION_MODULE=<path below ROOT>
#         -DCONTACT_MODULE=<path below ROOT>
#         [-DQT_LIBEXECS=<dir> -DQT_PLUGINS=<dir> -DQT_DATA=<dir> -DQT_TRANSLATIONS=<dir>]
#         -P CheckInstallTree.cmake
#
# ROOT is the folder with the executables on Windows, Vieraugen.app/Contents on macOS, and the
# install prefix on Linux. The Qt folders are needed on Linux only.
cmake_minimum_required(VERSION 3.22)

set(missing "")
set(found 0)

# piece(<what> <glob>) — at least one file matches the glob.
function(piece what glob)
    file(GLOB matches LIST_DIRECTORIES false "${glob}")
    if(matches)
        math(EXPR count "${found} + 1")
        set(found ${count} PARENT_SCOPE)
    else()
        set(missing "${missing}\n  ${what}: ${glob}" PARENT_SCOPE)
    endif()
endfunction()

if(PLATFORM STREQUAL "Windows")
    set(app "${ROOT}")
    set(webengine_process "${ROOT}/QtWebEngineProcess.exe")
    set(webengine_resources "${ROOT}/resources")
    set(webengine_locales "${ROOT}/translations/qtwebengine_locales")
    set(qt_translations "${ROOT}/translations")
    set(plugins "${ROOT}")
    set(plugin_prefix "")
    set(plugin_suffix ".dll")
    set(platform_plugin "platforms/qwindows")
    piece("main executable" "${ROOT}/vieraugen.exe")
    piece("command-line tool" "${ROOT}/vieraugen-cli.exe")
    piece("Qt paths of the bundle" "${ROOT}/qt.conf")
    piece("QtKeychain" "${ROOT}/*keychain*.dll")
    piece("libical" "${ROOT}/*ical*.dll")
    piece("libcurl" "${ROOT}/*curl*.dll")
    piece("libphonenumber" "${ROOT}/*phonenumber*.dll")
    piece("SQLite" "${ROOT}/sqlite3.dll")
    piece("C++ runtime" "${ROOT}/msvcp140.dll")
elseif(PLATFORM STREQUAL "Darwin")
    set(webengine "${ROOT}/Frameworks/QtWebEngineCore.framework")
    set(webengine_process "${webengine}/Helpers/QtWebEngineProcess.app/Contents/MacOS/QtWebEngineProcess")
    set(webengine_resources "${webengine}/Resources")
    set(webengine_locales "${webengine}/Resources/qtwebengine_locales")
    set(qt_translations "")
    set(plugins "${ROOT}/PlugIns")
    set(plugin_prefix "lib")
    set(plugin_suffix ".dylib")
    set(platform_plugin "platforms/libqcocoa")
    piece("main executable" "${ROOT}/MacOS/Vieraugen")
    piece("command-line tool" "${ROOT}/MacOS/vieraugen-cli")
    piece("Info.plist" "${ROOT}/Info.plist")
    piece("application icon" "${ROOT}/Resources/Vieraugen.icns")
    piece("QtKeychain" "${ROOT}/Frameworks/*keychain*.dylib")
    piece("libical" "${ROOT}/Frameworks/libical*.dylib")
    piece("libphonenumber" "${ROOT}/Frameworks/libphonenumber*.dylib")
elseif(PLATFORM STREQUAL "Linux")
    foreach(variable QT_LIBEXECS QT_PLUGINS QT_DATA QT_TRANSLATIONS)
        if(NOT ${variable})
            message(FATAL_ERROR "${variable} is needed on Linux")
        endif()
    endforeach()
    set(webengine_process "${QT_LIBEXECS}/QtWebEngineProcess")
    set(webengine_resources "${QT_DATA}/resources")
    set(webengine_locales "${QT_TRANSLATIONS}/qtwebengine_locales")
    set(qt_translations "${QT_TRANSLATIONS}")
    set(plugins "${QT_PLUGINS}")
    set(plugin_prefix "lib")
    set(plugin_suffix ".so")
    set(platform_plugin "platforms/libqxcb")
    piece("main executable" "${ROOT}/bin/vieraugen")
    piece("command-line tool" "${ROOT}/bin/vieraugen-cli")
    piece("desktop entry" "${ROOT}/share/applications/de.vieraugen.Vieraugen.desktop")
    piece("AppStream metainfo" "${ROOT}/share/metainfo/de.vieraugen.Vieraugen.metainfo.xml")
    piece("application icon" "${ROOT}/share/icons/hicolor/scalable/apps/de.vieraugen.Vieraugen.svg")
else()
    message(FATAL_ERROR "PLATFORM must be Windows, Darwin or Linux, not '${PLATFORM}'")
endif()

# The module with everything that needs Chromium, loaded on first use; a path below ROOT.
if(SESSION_MODULE)
    piece("session module" "${ROOT}/${SESSION_MODULE}")
else()
    set(missing "${missing}\n  session module: SESSION_MODULE was not given")
endif()
# The module with libcurl and libphonenumber (e-mail, phone numbers), loaded on first need.
if(CONTACT_MODULE)
    piece("contact module" "${ROOT}/${CONTACT_MODULE}")
else()
    set(missing "${missing}\n  contact module: CONTACT_MODULE was not given")
endif()

# What the session needs: Chromium's process, its resources and its German strings.
piece("Qt WebEngine process" "${webengine_process}")
piece("Qt WebEngine resources" "${webengine_resources}/qtwebengine_resources.pak")
if(NOT PLATFORM STREQUAL "Linux") # Debian's WebEngine uses the system's ICU
    piece("Qt WebEngine ICU data" "${webengine_resources}/icudtl.dat")
endif()
piece("Qt WebEngine German locale" "${webengine_locales}/de.pak")
if(qt_translations)
    piece("Qt's German strings" "${qt_translations}/qt_de.qm")
endif()
# Plugins Qt loads by name: the window system, the calendar's database, TLS for every server
# connection, and the SVG icons.
piece("platform plugin" "${plugins}/${platform_plugin}${plugin_suffix}")
piece("SQLite driver" "${plugins}/sqldrivers/${plugin_prefix}qsqlite${plugin_suffix}")
piece("TLS backend" "${plugins}/tls/*${plugin_suffix}")
piece("SVG image format" "${plugins}/imageformats/${plugin_prefix}qsvg${plugin_suffix}")
piece("SVG icon engine" "${plugins}/iconengines/${plugin_prefix}qsvgicon${plugin_suffix}")

if(missing)
    message(FATAL_ERROR "The ${PLATFORM} install in ${ROOT} lacks:${missing}")
endif()
message(STATUS "The ${PLATFORM} install in ${ROOT} has all ${found} pieces Vieraugen needs at run time")
