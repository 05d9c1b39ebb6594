# Scheduler benchmarks (included by tests/bench/CMakeLists.txt).
if(TARGET xrs_remote)
  add_executable(bench_submit ${CMAKE_CURRENT_LIST_DIR}/bench_submit.cpp)
  target_link_libraries(bench_submit PRIVATE xrs_remote)
  target_compile_definitions(bench_submit PRIVATE XRS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  xrs_target_defaults(bench_submit)
endif()
