# Data browsing (issue 6): the browser tree, recent files and drops; the folder watcher with a slow writer.
xrs_add_qtest(test_data_browser GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDataBrowser.cpp LIBS xrs_app
              LABELS widgets gui browser TIMEOUT 90)
xrs_add_qtest(test_folder_watcher GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFolderWatcher.cpp LIBS xrs_app
              LABELS widgets gui browser TIMEOUT 90)
