# SWIN-XVR inference benchmark (ms/frame for the paper and baseline presets).
if(TARGET xrs_nn)
  add_executable(bench_fusion ${CMAKE_CURRENT_LIST_DIR}/bench_fusion.cpp)
  target_link_libraries(bench_fusion PRIVATE xrs_nn)
  xrs_target_defaults(bench_fusion)
endif()
