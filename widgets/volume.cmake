# The 3D view of CT volumes: volume rendering, slice planes and the transfer functions (issue 6, "Views").
target_sources(xrs_widgets PRIVATE ${CMAKE_CURRENT_LIST_DIR}/TransferFunction.cpp ${CMAKE_CURRENT_LIST_DIR}/VolumeView.cpp)
