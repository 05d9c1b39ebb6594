// widgets/HistogramWidget: histogram with draggable display limits (see the header).
#include "HistogramWidget.h"

#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

#include <algorithm>
#include <cmath>

#include "DisplaySettings.h"

namespace xrs::widgets {

namespace {
constexpr double kMargin = 6.0;
constexpr double kStrip = 8.0;       // colour-map strip under the plot
constexpr double kGrabPixels = 8.0;  // how close a press must be to a limit to grab it
}  // namespace

HistogramWidget::HistogramWidget(QWidget* parent) : QWidget(parent)
{
    m_presets = new QToolButton(this);
    m_presets->setText(tr("Auto"));
    m_presets->setToolTip(tr("Automatic display range"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_presets);
    for (const AutoRange range : {AutoRange::Percentile035, AutoRange::Percentile1, AutoRange::MinMax})
        menu->addAction(autoRangeName(range), this, [this, range] { applyAutoRange(range); });
    m_presets->setMenu(menu);
    m_presets->move(2, 2);
}

void HistogramWidget::setDisplaySettings(DisplaySettings* settings)
{
    if (m_settings) disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (m_settings) connect(m_settings, &DisplaySettings::changed, this, qOverload<>(&QWidget::update));
    update();
}

void HistogramWidget::setImage(const ImageStack& image)
{
    m_image = image;
    m_histogram = computeHistogram(image);
    update();
}

void HistogramWidget::applyAutoRange(AutoRange range)
{
    if (!m_settings) return;
    if (const auto r = autoRange(m_image, range)) m_settings->setRange(r->min, r->max);
}

QRectF HistogramWidget::plotRect() const
{
    return QRectF(kMargin, kMargin, std::max(1.0, width() - 2 * kMargin),
                  std::max(1.0, height() - 2 * kMargin - kStrip));
}

std::pair<double, double> HistogramWidget::axisRange() const
{
    // The histogram's range only: the axis must not move while a limit is dragged (limits outside sit at the edge).
    double lo = m_histogram.low, hi = m_histogram.high;
    if (m_image.empty() && m_settings) {
        lo = m_settings->low();
        hi = m_settings->high();
    }
    const double pad = 0.02 * (hi - lo);
    return {lo - pad, hi + pad};
}

double HistogramWidget::xForValue(double value) const
{
    const QRectF r = plotRect();
    const auto [lo, hi] = axisRange();
    return r.left() + (value - lo) / (hi - lo) * r.width();
}

double HistogramWidget::valueAtX(double x) const
{
    const QRectF r = plotRect();
    const auto [lo, hi] = axisRange();
    return lo + (x - r.left()) / r.width() * (hi - lo);
}

void HistogramWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF r = plotRect();

    // Bars: log(1 + count), so that sparse tails stay visible next to a dominant background.
    if (!m_histogram.counts.empty()) {
        double top = 0.0;
        for (const auto c : m_histogram.counts) top = std::max(top, std::log1p(double(c)));
        if (top > 0.0) {
            QPainterPath path;
            path.moveTo(xForValue(m_histogram.low), r.bottom());
            const double w = m_histogram.binWidth();
            for (std::size_t i = 0; i < m_histogram.counts.size(); ++i) {
                const double y = r.bottom() - std::log1p(double(m_histogram.counts[i])) / top * r.height();
                path.lineTo(xForValue(m_histogram.low + double(i) * w), y);
                path.lineTo(xForValue(m_histogram.low + double(i + 1) * w), y);
            }
            path.lineTo(xForValue(m_histogram.high), r.bottom());
            path.closeSubpath();
            p.fillPath(path, palette().color(QPalette::Mid));
        }
    }
    if (!m_settings) return;

    // The colour map along the axis, as the values there are shown.
    const QRectF strip(r.left(), r.bottom() + 2, r.width(), kStrip - 2);
    for (int x = int(strip.left()); x < int(strip.right()); ++x)
        p.fillRect(QRectF(x, strip.top(), 1, strip.height()), QColor(m_settings->color(valueAtX(x + 0.5))));

    const double xLow = std::clamp(xForValue(m_settings->low()), r.left(), r.right());
    const double xHigh = std::clamp(xForValue(m_settings->high()), r.left(), r.right());
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.0, Qt::DashLine));
    p.drawLine(QPointF(xLow, r.bottom()), QPointF(xHigh, r.top()));  // the transfer ramp
    p.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
    p.drawLine(QPointF(xLow, r.top()), QPointF(xLow, r.bottom()));
    p.drawLine(QPointF(xHigh, r.top()), QPointF(xHigh, r.bottom()));
    p.setPen(palette().color(QPalette::Text));
    const QString text =
        QStringLiteral("%1 \u2013 %2").arg(m_settings->low(), 0, 'g', 5).arg(m_settings->high(), 0, 'g', 5);
    p.drawText(r.adjusted(0, 2, -4, 0), Qt::AlignRight | Qt::AlignTop, text);
}

void HistogramWidget::mousePressEvent(QMouseEvent* event)
{
    if (!m_settings || event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    const double x = event->position().x();
    const double dLow = std::abs(x - xForValue(m_settings->low())), dHigh = std::abs(x - xForValue(m_settings->high()));
    if (std::min(dLow, dHigh) > kGrabPixels) {
        // Away from both limits: the nearer one jumps here.
        m_drag = x < 0.5 * (xForValue(m_settings->low()) + xForValue(m_settings->high())) ? Drag::Low : Drag::High;
    } else {
        m_drag = dLow <= dHigh ? Drag::Low : Drag::High;
    }
    mouseMoveEvent(event);
}

void HistogramWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_settings || m_drag == Drag::None) return QWidget::mouseMoveEvent(event);
    const double v = valueAtX(event->position().x());
    const double minWidth = 1e-6 * std::max(1e-12, m_histogram.high - m_histogram.low);
    if (m_drag == Drag::Low)
        m_settings->setRange(std::min(v, m_settings->high() - minWidth), m_settings->high());
    else
        m_settings->setRange(m_settings->low(), std::max(v, m_settings->low() + minWidth));
}

void HistogramWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag != Drag::None) mouseMoveEvent(event);
    m_drag = Drag::None;
}

}  // namespace xrs::widgets
