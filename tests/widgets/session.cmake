# app/session: undo (display gestures, colour map, the form binder), session round trip, preferences, about box.
xrs_add_qtest(test_session GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSession.cpp LIBS xrs_app
              LABELS widgets gui session TIMEOUT 60)
target_compile_definitions(test_session PRIVATE XRS_CLI_PATH="$<TARGET_FILE:xrs>")
add_dependencies(test_session xrs)  # the compute summary of the about box comes from `xrs info --devices --json`
