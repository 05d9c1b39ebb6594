# app/properties: the "Properties" dock (issue 6) following the current image view.
target_sources(xrs_app PRIVATE ${CMAKE_CURRENT_LIST_DIR}/PropertiesDock.cpp ${CMAKE_CURRENT_LIST_DIR}/PropertiesDock.h)
