# Run menu forms (app/runs): command lines, validation, remembered values, editor names; and real runs of the xrs CLI
# on a tiny `xrs sample ct` scan through the main window's LocalRunner (recon, try-centre strip, cancel).
xrs_add_qtest(test_run_forms GUI SOURCES TestRunForms.cpp LIBS xrs_app LABELS widgets gui runs TIMEOUT 60)
add_dependencies(test_run_forms xrs)  # the device selector asks `xrs info --devices --json`
xrs_add_qtest(test_run_jobs GUI SOURCES TestRunJobs.cpp LIBS xrs_app LABELS widgets gui runs TIMEOUT 90)
add_dependencies(test_run_jobs xrs)
# The network commands from their forms (tiny networks and videos): train → checkpoint offered in the Fuse form,
# fuse → comparison layout, denoise → noisy and denoised panes. Skips when the engine has no LibTorch.
xrs_add_qtest(test_run_nn GUI SOURCES TestRunNn.cpp LIBS xrs_app LABELS widgets gui runs nn TIMEOUT 120)
add_dependencies(test_run_nn xrs)
