# The 3D view of CT volumes: transfer functions without a window, the view and its linking with the slices under Xvfb.
xrs_add_qtest(test_transfer_function SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestTransferFunction.cpp LIBS xrs_app
              LABELS widgets volume TIMEOUT 60)
xrs_add_qtest(test_volume_view GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestVolumeView.cpp LIBS xrs_app
              LABELS widgets volume TIMEOUT 60)
