# Noise2Inverse: training samples/s and inference time per slice (CPU here; CUDA with --device cuda on the GPU box).
if(XRS_WITH_TORCH)
  add_executable(bench_denoise ${CMAKE_CURRENT_LIST_DIR}/bench_denoise.cpp)
  target_link_libraries(bench_denoise PRIVATE xrs_nn xrs_engine)
  xrs_target_defaults(bench_denoise)
endif()
