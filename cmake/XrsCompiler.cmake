# Compiler settings shared by every target: C++20, warnings, ccache, sanitizer switch.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()

option(XRS_USE_CCACHE "Compile through ccache when it is installed" ON)
if(XRS_USE_CCACHE)
  find_program(XRS_CCACHE ccache)
  if(XRS_CCACHE)
    set(CMAKE_C_COMPILER_LAUNCHER ${XRS_CCACHE})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${XRS_CCACHE})
    set(CMAKE_CUDA_COMPILER_LAUNCHER ${XRS_CCACHE})
  endif()
endif()

set(XRS_SANITIZE "" CACHE STRING "Sanitizers, e.g. address,undefined")

# Our own targets call xrs_target_defaults(); third-party headers are included as SYSTEM.
function(xrs_target_defaults target)
  target_compile_options(${target} PRIVATE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wno-missing-field-initializers>)
  if(XRS_SANITIZE)
    target_compile_options(${target} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:-fsanitize=${XRS_SANITIZE} -fno-omit-frame-pointer>)
    target_link_options(${target} PRIVATE -fsanitize=${XRS_SANITIZE})
  endif()
endfunction()
