# Data browser (issue 6): the "Data" tree and the folder watcher.
target_sources(xrs_widgets PRIVATE ${CMAKE_CURRENT_LIST_DIR}/DataBrowser.cpp ${CMAKE_CURRENT_LIST_DIR}/FolderWatcher.cpp
               ${CMAKE_CURRENT_LIST_DIR}/DataBrowser.h ${CMAKE_CURRENT_LIST_DIR}/FolderWatcher.h)
