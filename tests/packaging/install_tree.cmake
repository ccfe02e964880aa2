# `cmake --install` of BUILD_DIR into PREFIX, then packaging/CheckInstallTree.cmake on the result:
# the same named pieces the Windows and macOS installs are checked for, found on Linux in the
# install tree or in the distribution's Qt that the package depends on.
#   cmake -DBUILD_DIR=… -DPREFIX=… -DSOURCE_DIR=… -DQT_LIBEXECS=… -DQT_PLUGINS=… -DQT_DATA=…
#         -DQT_TRANSLATIONS=… -DSESSION_MODULE=… -DCONTACT_MODULE=… -P install_tree.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
set(PLATFORM Linux)
set(ROOT "${PREFIX}")
include("${SOURCE_DIR}/packaging/CheckInstallTree.cmake")
