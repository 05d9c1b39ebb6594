#pragma once
// widgets/LinkedViewState: what linked views share — the camera (centre and zoom on a common pixel grid) and the frame
// index. A plain model: views report user changes into it and follow its signals; setting a value equal to the
// current one emits nothing, so views that echo a change back do not loop.
#include <QObject>

#include "ImageView.h"

namespace xrs::widgets {

class LinkedViewState : public QObject {
    Q_OBJECT
public:
    explicit LinkedViewState(QObject* parent = nullptr) : QObject(parent) {}

    ViewState view() const { return m_view; }
    int frame() const { return m_frame; }
    int frameCount() const { return m_frameCount; }

    void setView(const ViewState& view)
    {
        if (view == m_view) return;
        m_view = view;
        emit viewChanged(m_view);
    }
    // Clamped to [0, frameCount − 1].
    void setFrame(int frame);
    void setFrameCount(int count);

signals:
    void viewChanged(const xrs::widgets::ViewState& view);
    void frameChanged(int frame);

private:
    ViewState m_view;
    int m_frame = 0;
    int m_frameCount = 0;
};

}  // namespace xrs::widgets
