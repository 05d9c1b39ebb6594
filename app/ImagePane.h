#pragma once
// app/ImagePane: one pane of the main window's central area: a title line (file name, close button) above an
// ImageView. Owns nothing but its child widgets.
#include <QFrame>

class QLabel;

namespace xrs::widgets {
class ImageView;
}

namespace xrs::app {

class ImagePane : public QFrame {
    Q_OBJECT
public:
    ImagePane(const QString& title, const QString& toolTip, QWidget* parent = nullptr);

    widgets::ImageView* view() const { return m_view; }
    QString title() const;
    // The file (and HDF5 dataset) shown, for sessions; empty for in-memory stacks.
    QString sourcePath() const { return m_sourcePath; }
    QString dataset() const { return m_dataset; }
    void setSource(const QString& path, const QString& dataset)
    {
        m_sourcePath = path;
        m_dataset = dataset;
    }
    void setTitle(const QString& title, const QString& toolTip);

signals:
    void closeRequested(xrs::app::ImagePane* pane);

private:
    QLabel* m_title = nullptr;  // Qt children
    widgets::ImageView* m_view = nullptr;
    QString m_sourcePath;
    QString m_dataset;
};

}  // namespace xrs::app
