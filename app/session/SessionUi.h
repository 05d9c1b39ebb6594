#pragma once
// app/session/SessionUi: installs the session parts into the main window — Edit menu (Undo/Redo of the window's undo
// stack, Preferences…), the undo history dock (View menu), File → Open Recent / Open Session… / Save Session…,
// Help → About X-ray Studio / About Qt — and keeps them working: new panes, the comparison and the volume get the
// preferred display and their display changes recorded (DisplayUndo), opened files go to the recent list, and the
// window layout is saved on close. Owns a controller object parented to the window.
#include <QString>

#include <optional>

#include "SessionFile.h"

class QWidget;

namespace xrs::app {

class DisplayUndo;
class MainWindow;
class UndoBinder;

void installSessionUi(MainWindow& window);

// Loads a session file into the window. Missing files are listed in the log and — with dialogs enabled — in a
// message box; the rest is restored. Nothing when the file is not a readable session (reported the same way).
std::optional<SessionRestore> openSession(MainWindow& window, const QString& path);
// Saves the session; false (reported) when it cannot be written.
bool saveSession(MainWindow& window, const QString& path);

// The window's display undo recorder (nullptr before installSessionUi).
DisplayUndo* displayUndo(const MainWindow& window);
// Records the committed changes of a parameter form (e.g. a run form) on the window's undo stack. The binder is a
// child of the form.
UndoBinder* bindUndo(MainWindow& window, QWidget* form);

}  // namespace xrs::app
