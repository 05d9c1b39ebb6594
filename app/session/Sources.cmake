# app/session: undo (display changes, form binder), session files, preferences, about box.
target_sources(xrs_app PRIVATE ${CMAKE_CURRENT_LIST_DIR}/DisplayUndo.cpp ${CMAKE_CURRENT_LIST_DIR}/UndoBinder.cpp
               ${CMAKE_CURRENT_LIST_DIR}/SessionFile.cpp ${CMAKE_CURRENT_LIST_DIR}/Preferences.cpp
               ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionUi.cpp)
# The about box names the versions of the libraries linked into the application (through the engine).
find_package(HDF5 REQUIRED COMPONENTS C)
find_package(OpenCV REQUIRED COMPONENTS core)
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp APPEND PROPERTY INCLUDE_DIRECTORIES
             ${HDF5_C_INCLUDE_DIRS} ${HDF5_INCLUDE_DIRS} ${OpenCV_INCLUDE_DIRS})
target_link_libraries(xrs_app PRIVATE ${HDF5_C_LIBRARIES} opencv_core)
# Version and commit of this build (the commit as of configuring; empty outside a git checkout).
execute_process(COMMAND git rev-parse --short=12 HEAD WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                OUTPUT_VARIABLE XRS_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp APPEND PROPERTY COMPILE_DEFINITIONS
             XRS_GIT_COMMIT="${XRS_GIT_COMMIT}" XRS_BUILD_TYPE="${CMAKE_BUILD_TYPE}")
