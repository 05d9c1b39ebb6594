# GUI benchmarks (run under Xvfb by scripts/bench): figures only, never pass/fail.
if(TARGET xrs_app)
  add_executable(bench_gui ${CMAKE_CURRENT_LIST_DIR}/bench_gui.cpp)
  target_link_libraries(bench_gui PRIVATE xrs_app)
  set_target_properties(bench_gui PROPERTIES AUTOMOC ON)
  xrs_target_defaults(bench_gui)
endif()
