# SSIM / metrics speed against scikit-image on the same frames (bench_metrics runs bench_metrics_reference.py).
find_package(nlohmann_json REQUIRED)
add_executable(bench_metrics ${CMAKE_CURRENT_LIST_DIR}/bench_metrics.cpp)
target_link_libraries(bench_metrics PRIVATE xrs_engine nlohmann_json::nlohmann_json)
target_compile_definitions(bench_metrics PRIVATE XRS_BENCH_DIR="${CMAKE_CURRENT_LIST_DIR}")
xrs_target_defaults(bench_metrics)
