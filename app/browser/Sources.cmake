# Data browsing (issue 6): the "Data" dock, recent files, watched folders, drag and drop.
target_sources(xrs_app PRIVATE ${CMAKE_CURRENT_LIST_DIR}/BrowserDock.cpp ${CMAKE_CURRENT_LIST_DIR}/RecentFiles.cpp
               ${CMAKE_CURRENT_LIST_DIR}/BrowserDock.h ${CMAKE_CURRENT_LIST_DIR}/RecentFiles.h)
