#include "core/Progress.h"

#include <algorithm>

#include "core/Error.h"

namespace xrs {

void Progress::report(double fraction, std::string_view message) const
{
    if (!m_fn) return;
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_fn(m_begin + (m_end - m_begin) * fraction, message);
}

void Progress::throwIfStopped() const
{
    if (m_stop.stop_requested()) throw Cancelled();
}

Progress Progress::sub(double begin, double end) const
{
    Progress p = *this;
    p.m_begin = m_begin + (m_end - m_begin) * std::clamp(begin, 0.0, 1.0);
    p.m_end = m_begin + (m_end - m_begin) * std::clamp(end, 0.0, 1.0);
    return p;
}

}  // namespace xrs
