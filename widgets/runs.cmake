# Try-centre strip of the recon form (app/runs): thumbnails of a --try-center sweep.
target_sources(xrs_widgets PRIVATE ${CMAKE_CURRENT_LIST_DIR}/TryCenterStrip.cpp ${CMAKE_CURRENT_LIST_DIR}/TryCenterStrip.h)
