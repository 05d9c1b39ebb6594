# The Run menu: parameter forms for xrs recon / fuse / denoise / train, submitted to the main window's LocalRunner.
foreach(_part RunForm ReconForm FuseForm DenoiseForm TrainForm RunMenu)
  target_sources(xrs_app PRIVATE ${CMAKE_CURRENT_LIST_DIR}/${_part}.cpp ${CMAKE_CURRENT_LIST_DIR}/${_part}.h)
endforeach()
