# app/properties: the Properties dock following panes, comparison panes and volume slices; display edits and undo.
xrs_add_qtest(test_properties_dock GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPropertiesDock.cpp LIBS xrs_app
              LABELS widgets gui properties TIMEOUT 60)
