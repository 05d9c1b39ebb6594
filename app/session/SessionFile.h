#pragma once
// app/session/SessionFile: a work session as a JSON file ("format": 1) — the opened panes (path, HDF5 dataset, frame,
// display range, colour map, zoom/pan), the comparison folder with its frame, upscaling, window/level link and
// display, the volume with its crosshair, the current tab, the window geometry and dock state, and the local jobs
// (kind, title, command line, state, outputs: shown again as history, never re-run). Reads and writes a MainWindow;
// owns nothing. Files are written atomically (QSaveFile).
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace xrs::app {

class MainWindow;

inline constexpr int kSessionFormat = 1;

// What the window shows now, as the JSON object of a session file.
QJsonObject captureSession(const MainWindow& window);

struct SessionRestore {
    QStringList missing;  // files and folders of the session that do not exist (left out)
    QStringList failed;   // ones that exist but could not be opened (reported by the window)
    int jobs = 0;         // jobs added to the history
};

// Replaces the panes with the session's and restores the rest. A file that is not at its absolute path is looked for
// at its "relativePath" under baseDir (the session file's folder: a project folder moved as a whole). Throws
// xrs::Error when the object is not a session of a known format.
SessionRestore restoreSession(MainWindow& window, const QJsonObject& session, const QString& baseDir = {});

// Throws xrs::Error naming the file when it cannot be written / read or is not a session file. Saving adds each
// file's path relative to the session file's folder.
void saveSessionFile(const MainWindow& window, const QString& path);
SessionRestore loadSessionFile(MainWindow& window, const QString& path);

}  // namespace xrs::app
