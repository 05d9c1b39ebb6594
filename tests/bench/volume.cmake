# bench_volume: 3D view frame time (full / interactive quality), time to first frame and memory for a 512³ float
# volume; run by hand under Xvfb (see the file's header). Figures only.
if(TARGET xrs_app)
  add_executable(bench_volume ${CMAKE_CURRENT_LIST_DIR}/bench_volume.cpp)
  target_link_libraries(bench_volume PRIVATE xrs_app)
  xrs_target_defaults(bench_volume)
endif()
