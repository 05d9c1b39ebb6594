# app/remote: what a fetched cluster job shows (its inputs next to its outputs).
target_sources(xrs_app PRIVATE ${CMAKE_CURRENT_LIST_DIR}/JobResults.cpp)
