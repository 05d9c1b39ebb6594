// widgets/LinkedViewState: shared camera and frame of linked views (see the header).
#include "LinkedViewState.h"

#include <algorithm>

namespace xrs::widgets {

void LinkedViewState::setFrame(int frame)
{
    frame = std::clamp(frame, 0, std::max(0, m_frameCount - 1));
    if (frame == m_frame) return;
    m_frame = frame;
    emit frameChanged(m_frame);
}

void LinkedViewState::setFrameCount(int count)
{
    m_frameCount = std::max(0, count);
    if (m_frame > std::max(0, m_frameCount - 1)) setFrame(m_frameCount - 1);
}

}  // namespace xrs::widgets
