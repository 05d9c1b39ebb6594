#pragma once
// app/session/AboutDialog: Help → About X-ray Studio. The version and git commit of this build, its build type, the
// versions of the libraries linked into it (Qt, VTK, HDF5, OpenCV, libssh) and the compute summary of the engine
// (LibTorch, CUDA, GPUs with their memory, or why there is none) as selectable, copyable text. Owns its widgets.
#include <QDialog>

class QPlainTextEdit;

namespace xrs::app {

// The text the dialog shows, one fact per line.
QString aboutText();

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QString text() const;

private:
    void refresh();

    QPlainTextEdit* m_text = nullptr;  // Qt child
};

}  // namespace xrs::app
