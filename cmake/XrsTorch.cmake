# LibTorch from the pinned PyPI torch wheel installed by scripts/setup (outside the checkout).
# Found through torch.utils.cmake_prefix_path of the venv's Python; Torch_DIR or CMAKE_PREFIX_PATH also work.
if(NOT Torch_DIR)
  set(XRS_TORCH_PYTHON "$ENV{XRS_VENV}/bin/python" CACHE FILEPATH "Python that has the torch wheel")
  if(NOT EXISTS "${XRS_TORCH_PYTHON}")
    find_program(XRS_TORCH_PYTHON_FALLBACK python3)
    set(XRS_TORCH_PYTHON ${XRS_TORCH_PYTHON_FALLBACK})
  endif()
  execute_process(COMMAND ${XRS_TORCH_PYTHON} -c "import torch.utils; print(torch.utils.cmake_prefix_path)"
                  OUTPUT_VARIABLE _xrs_torch_prefix OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _xrs_rc ERROR_QUIET)
  if(_xrs_rc EQUAL 0)
    list(APPEND CMAKE_PREFIX_PATH ${_xrs_torch_prefix})
  endif()
endif()
# Torch's config looks for CUDA itself when the wheel is a CUDA build; keep its architecture list ours.
if(XRS_WITH_CUDA)
  set(TORCH_CUDA_ARCH_LIST "8.0;9.0")
endif()
find_package(Torch REQUIRED)
message(STATUS "LibTorch ${Torch_VERSION} from ${Torch_DIR}")
