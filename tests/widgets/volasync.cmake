# MainWindow::openVolume on a worker thread (app/VolumeLoader): the GUI ticks on, cancel, read errors, closing.
xrs_add_qtest(test_volume_load GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestVolumeLoad.cpp LIBS xrs_app
              LABELS widgets gui volume TIMEOUT 90)
