# Frame-step rendering of the comparison layout (issue 6): each changed pane renders once per step, no GL composition
# of the window, VTK frames read back upright and at the widget's size. Timings: tests/bench/bench_gui.
xrs_add_qtest(test_frame_step GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFrameStep.cpp LIBS xrs_app
              LABELS widgets gui TIMEOUT 60)
