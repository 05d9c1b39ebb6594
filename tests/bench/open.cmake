# Lazy open of a multi-GB stack (issue 6): openFile → first rendered frame, cold-ish and warm, bytes read. By hand,
# under Xvfb (writes 12–16 GiB of scratch data): figures only.
if(TARGET xrs_app)
  add_executable(bench_open ${CMAKE_CURRENT_LIST_DIR}/bench_open.cpp)
  target_link_libraries(bench_open PRIVATE xrs_app)
  xrs_target_defaults(bench_open)
endif()
