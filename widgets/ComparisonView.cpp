// widgets/ComparisonView: linked LR / HR / reconstructed / ground truth / difference panes (see the header).
#include "ComparisonView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "HistogramWidget.h"
#include "ImageView.h"
#include "MetricPlot.h"
#include "VtkOpenGLWidget.h"
#include "core/Error.h"

namespace xrs::widgets {

struct ComparisonView::PaneWidgets {
    Pane pane;
    QWidget* box = nullptr;  // Qt children of m_paneRow
    QLabel* title = nullptr;
    QLabel* caption = nullptr;
    ImageView* view = nullptr;
};

namespace {

constexpr double kDefaultFps = 10.0;

QString paneTitle(ComparisonView::Pane pane, const QString& reconstructedName)
{
    switch (pane) {
        case ComparisonView::Pane::Lr:
            return ComparisonView::tr("LR");
        case ComparisonView::Pane::Hr:
            return ComparisonView::tr("HR");
        case ComparisonView::Pane::Reconstructed:
            return reconstructedName.isEmpty() ? ComparisonView::tr("Reconstructed")
                                               : ComparisonView::tr("Reconstructed (%1)").arg(reconstructedName);
        case ComparisonView::Pane::GroundTruth:
            return ComparisonView::tr("Ground truth");
        case ComparisonView::Pane::Difference:
            return ComparisonView::tr("|Reconstructed \u2212 ground truth|");
    }
    return {};
}

ImageStack absDifference(const ImageStack& a, const ImageStack& b)
{
    ImageStack d(Shape{1, a.rows(), a.cols()});
    for (std::int64_t r = 0; r < a.rows(); ++r) {
        const auto ra = a.row(0, r), rb = b.row(0, r);
        auto out = d.row(0, r);
        for (std::size_t c = 0; c < out.size(); ++c) out[c] = std::abs(ra[c] - rb[c]);
    }
    return d;
}

}  // namespace

ComparisonView::ComparisonView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_paneRow = new QWidget(this);
    new QHBoxLayout(m_paneRow);
    m_paneRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_paneRow->layout()->setSpacing(4);

    // Transport: first, back, play, forward, last, slider, frame, fps, loop.
    const auto button = [this](QStyle::StandardPixmap icon, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton* first = button(QStyle::SP_MediaSkipBackward, tr("First frame (Home)"));
    QToolButton* back = button(QStyle::SP_MediaSeekBackward, tr("Previous frame (\u2190)"));
    m_play = button(QStyle::SP_MediaPlay, tr("Play / pause (Space)"));
    m_play->setCheckable(true);
    QToolButton* forward = button(QStyle::SP_MediaSeekForward, tr("Next frame (\u2192)"));
    QToolButton* last = button(QStyle::SP_MediaSkipForward, tr("Last frame (End)"));
    connect(first, &QToolButton::clicked, this, [this] { setFrame(0); });
    connect(back, &QToolButton::clicked, this, [this] { stepFrames(-1); });
    connect(forward, &QToolButton::clicked, this, [this] { stepFrames(1); });
    connect(last, &QToolButton::clicked, this, [this] { setFrame(frameCount() - 1); });
    connect(m_play, &QToolButton::toggled, this, &ComparisonView::setPlaying);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setToolTip(tr("Frame"));
    connect(m_slider, &QSlider::valueChanged, this, &ComparisonView::setFrame);
    m_frameLabel = new QLabel(this);
    m_frameLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 (0\u20130000)")) + 8);
    m_fps = new QDoubleSpinBox(this);
    m_fps->setRange(0.5, 120.0);
    m_fps->setDecimals(1);
    m_fps->setValue(kDefaultFps);
    m_fps->setSuffix(tr(" fps"));
    m_fps->setToolTip(tr("Playback speed (frames per second)"));
    m_loop = new QCheckBox(tr("Loop"), this);
    m_loop->setChecked(true);
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ComparisonView::onTick);
    connect(m_fps, &QDoubleSpinBox::valueChanged, this,
            [this](double fps) { m_timer->setInterval(int(std::lround(1000.0 / fps))); });
    m_timer->setInterval(int(std::lround(1000.0 / kDefaultFps)));

    // Display: LR upscaling, linked window/level, colour map.
    m_upscaleBox = new QComboBox(this);
    m_upscaleBox->addItem(tr("LR: nearest"), int(Interpolation::Nearest));
    m_upscaleBox->addItem(tr("LR: bicubic"), int(Interpolation::Bicubic));
    m_upscaleBox->setToolTip(tr("How the LR frames are upscaled to the HR grid (for display only)"));
    connect(m_upscaleBox, &QComboBox::activated, this,
            [this](int i) { setUpscale(Interpolation(m_upscaleBox->itemData(i).toInt())); });
    m_linkWl = new QCheckBox(tr("Link window/level"), this);
    m_linkWl->setChecked(true);
    connect(m_linkWl, &QCheckBox::toggled, this, &ComparisonView::setWindowLevelLinked);
    m_colormapBox = new QComboBox(this);
    for (const Colormap map : allColormaps()) m_colormapBox->addItem(colormapName(map));
    m_colormapBox->setToolTip(tr("Colour map of the linked panes"));
    connect(m_colormapBox, &QComboBox::activated, this,
            [this](int i) { m_shared.setColormap(allColormaps().value(i, Colormap::Grey)); });
    connect(&m_shared, &DisplaySettings::changed, this, [this] {
        const QSignalBlocker block(m_colormapBox);
        m_colormapBox->setCurrentIndex(allColormaps().indexOf(m_shared.colormap()));
    });

    auto* transport = new QHBoxLayout;
    transport->setContentsMargins(4, 0, 4, 0);
    for (QWidget* w : {static_cast<QWidget*>(first), static_cast<QWidget*>(back), static_cast<QWidget*>(m_play),
                       static_cast<QWidget*>(forward), static_cast<QWidget*>(last)})
        transport->addWidget(w);
    transport->addWidget(m_slider, 1);
    transport->addWidget(m_frameLabel);
    transport->addWidget(m_fps);
    transport->addWidget(m_loop);
    transport->addSpacing(12);
    transport->addWidget(m_upscaleBox);
    transport->addWidget(m_linkWl);
    transport->addWidget(m_colormapBox);

    m_plot = new MetricPlot(this);
    connect(m_plot, &MetricPlot::frameClicked, this, &ComparisonView::setFrame);
    m_histogram = new HistogramWidget(this);
    m_histogram->setDisplaySettings(&m_shared);
    m_histogramTimer = new QTimer(this);
    m_histogramTimer->setSingleShot(true);
    m_histogramTimer->setInterval(150);
    connect(m_histogramTimer, &QTimer::timeout, this, [this] {
        const ImageStack& source = !m_input.reconstructed.empty() ? m_input.reconstructed : m_input.lr;
        if (currentFrame() >= 0 && currentFrame() < source.frames())
            m_histogram->setImage(source.frame(currentFrame()));
    });
    m_histogram->setToolTip(tr("Histogram of the reconstructed frame; drag the limits to change the display range"));

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_plot);
    bottom->addWidget(m_histogram);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);

    // Panes with the transport bar under them (where a video's slider sits), then the plot and the histogram.
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    m_paneRow->setParent(top);
    topLayout->addWidget(m_paneRow, 1);
    topLayout->addLayout(transport);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(top);
    m_vertical->addWidget(bottom);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);
    m_vertical->setSizes({750, 250});  // proportions: the images get most of the height
    m_plot->setMinimumHeight(170);     // below that the chart elides its axis labels

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vertical, 1);

    connect(&m_link, &LinkedViewState::frameChanged, this, &ComparisonView::showFrame);
    connect(&m_link, &LinkedViewState::viewChanged, this, [this](const ViewState& state) {
        m_syncing = true;
        for (auto& p : m_panes) p.view->setViewState(state);
        m_syncing = false;
    });
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setInput(ComparisonInput input)
{
    if (input.lr.empty()) throw Error("the comparison needs an LR stack");
    const std::int64_t frames = input.lr.frames();
    if (!input.reconstructed.empty() && input.reconstructed.frames() != frames)
        throw Error("the reconstruction has " + std::to_string(input.reconstructed.frames()) +
                    " frames, the LR stack " + std::to_string(frames));
    if (!input.groundTruth.empty() && input.groundTruth.frames() != frames)
        throw Error("the ground truth has " + std::to_string(input.groundTruth.frames()) + " frames, the LR stack " +
                    std::to_string(frames));
    if (input.times.lrFrames() != frames || input.times.hrFrames() != input.hr.frames()) {
        // No usable times: HR frames spread evenly over the LR frames.
        const double step = input.hr.frames() > 0 ? double(frames) / double(input.hr.frames()) : 1.0;
        input.times = TimeMapping::evenlySpaced(int(frames), int(input.hr.frames()), step);
    }
    const ImageStack& grid = !input.hr.empty()              ? input.hr
                             : !input.reconstructed.empty() ? input.reconstructed
                             : !input.groundTruth.empty()   ? input.groundTruth
                                                            : input.lr;
    for (const ImageStack* s : {&input.reconstructed, &input.groundTruth})
        if (!s->empty() && (s->rows() != grid.rows() || s->cols() != grid.cols()))
            throw Error("the stacks to compare differ in frame size (" + s->shape().str() + " and " +
                        grid.shape().str() + ")");

    setPlaying(false);
    m_input = std::move(input);
    m_grid = QSize(int(grid.cols()), int(grid.rows()));
    m_hrShown = -1;
    buildPanes();
    m_plot->setReport(m_input.report);
    m_plot->setVisible(!m_input.report.empty());
    m_slider->setRange(0, int(frames) - 1);
    m_link.setFrameCount(int(frames));
    m_link.setFrame(0);
    showFrame(0);
    m_histogram->setImage(!m_input.reconstructed.empty() ? m_input.reconstructed.frame(0) : m_input.lr.frame(0));
    resetDisplayRanges();
    for (auto& p : m_panes) p.view->fitToView();
}

void ComparisonView::buildPanes()
{
    for (auto& p : m_panes) delete p.box;
    m_panes.clear();
    std::vector<Pane> shown = {Pane::Lr};
    if (!m_input.hr.empty()) shown.push_back(Pane::Hr);
    if (!m_input.reconstructed.empty()) shown.push_back(Pane::Reconstructed);
    if (!m_input.groundTruth.empty()) shown.push_back(Pane::GroundTruth);
    if (!m_input.reconstructed.empty() && !m_input.groundTruth.empty()) shown.push_back(Pane::Difference);
    for (const Pane pane : shown) {
        PaneWidgets p;
        p.pane = pane;
        p.box = new QWidget(m_paneRow);
        p.title = new QLabel(paneTitle(pane, m_input.reconstructedName), p.box);
        QFont bold = p.title->font();
        bold.setBold(true);
        p.title->setFont(bold);
        p.caption = new QLabel(p.box);
        p.caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Labels whose text changes every frame must not resize the panes (a GL resize costs a whole frame).
        p.title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        p.caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        p.view = new ImageView(p.box);
        p.view->setToolBarVisible(false);
        if (pane == Pane::Difference)
            p.view->displaySettings()->setColormap(Colormap::Inferno);
        else if (m_wlLinked)
            p.view->setDisplaySettings(&m_shared);
        auto* layout = new QVBoxLayout(p.box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(1);
        layout->addWidget(p.title);
        layout->addWidget(p.caption);
        layout->addWidget(p.view, 1);
        static_cast<QHBoxLayout*>(m_paneRow->layout())->addWidget(p.box, 1);  // equal widths
        ImageView* view = p.view;
        connect(view, &ImageView::viewChanged, this, [this, view] { onPaneViewChanged(view); });
        view->vtkWidget()->installEventFilter(this);
        m_panes.push_back(p);
    }
}

ImageView* ComparisonView::view(Pane pane) const
{
    for (const auto& p : m_panes)
        if (p.pane == pane) return p.view;
    return nullptr;
}

QList<ImageView*> ComparisonView::views() const
{
    QList<ImageView*> out;
    for (const auto& p : m_panes) out << p.view;
    return out;
}

QString ComparisonView::caption(Pane pane) const
{
    for (const auto& p : m_panes)
        if (p.pane == pane) return p.caption->text();
    return {};
}

void ComparisonView::setFrame(int frame)
{
    m_link.setFrame(frame);
}

void ComparisonView::stepFrames(int delta)
{
    if (frameCount() <= 0) return;
    setFrame(std::clamp(currentFrame() + delta, 0, frameCount() - 1));
}

ImageStack ComparisonView::lrOnGrid(int frame) const
{
    const ImageStack lr = m_input.lr.frame(frame);
    if (lr.rows() == m_grid.height() && lr.cols() == m_grid.width()) return lr;
    return resizeFrames(lr, m_grid.height(), m_grid.width(), m_upscale);
}

void ComparisonView::showFrame(int frame)
{
    if (m_panes.empty()) return;
    const int n = frameCount();
    const double lrFactor = double(m_grid.width()) / double(std::max<std::int64_t>(1, m_input.lr.cols()));
    for (auto& p : m_panes) {
        switch (p.pane) {
            case Pane::Lr:
                p.view->setFrameImage(lrOnGrid(frame));
                p.caption->setText(tr("frame %1 (0\u2013%2), \u00d7%3 %4")
                                       .arg(frame)
                                       .arg(n - 1)
                                       .arg(lrFactor, 0, 'g', 3)
                                       .arg(m_upscale == Interpolation::Bicubic ? tr("bicubic") : tr("nearest")));
                break;
            case Pane::Hr: {
                const TimeMapping::Match match = m_input.times.nearestHr(frame);
                if (match.hrFrame != m_hrShown) {
                    p.view->setFrameImage(m_input.hr.frame(match.hrFrame));
                    m_hrShown = match.hrFrame;
                }
                p.caption->setText(match.delta == 0.0
                                       ? tr("HR frame %1 (0\u2013%2), same time")
                                             .arg(match.hrFrame)
                                             .arg(m_input.hr.frames() - 1)
                                       : tr("HR frame %1 (0\u2013%2), \u0394t = %3 frames")
                                             .arg(match.hrFrame)
                                             .arg(m_input.hr.frames() - 1)
                                             .arg(QString::number(match.delta, 'g', 4)
                                                      .prepend(match.delta > 0 ? QStringLiteral("+") : QString())));
                break;
            }
            case Pane::Reconstructed:
                p.view->setFrameImage(m_input.reconstructed.frame(frame));
                p.caption->setText(tr("frame %1 (0\u2013%2)").arg(frame).arg(n - 1));
                break;
            case Pane::GroundTruth:
                p.view->setFrameImage(m_input.groundTruth.frame(frame));
                p.caption->setText(tr("frame %1 (0\u2013%2)").arg(frame).arg(n - 1));
                break;
            case Pane::Difference:
                p.view->setFrameImage(
                    absDifference(m_input.reconstructed.frame(frame), m_input.groundTruth.frame(frame)));
                p.caption->setText(tr("frame %1 (0\u2013%2)").arg(frame).arg(n - 1));
                break;
        }
    }
    // The histogram follows at most every 150 ms: recounting every frame would slow playback down.
    if (!m_histogramTimer->isActive()) m_histogramTimer->start();
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(frame);
    }
    // Frames count from 0 everywhere, as in the metric plot and the CSV/JSON reports.
    m_frameLabel->setText(QStringLiteral("%1 (0\u2013%2)").arg(frame).arg(n - 1));
    m_plot->setCurrentFrame(frame);
    emit frameChanged(frame);
}

void ComparisonView::resetDisplayRanges()
{
    const int frame = std::max(0, currentFrame());
    const ImageStack& reference = !m_input.groundTruth.empty()     ? m_input.groundTruth
                                  : !m_input.reconstructed.empty() ? m_input.reconstructed
                                  : !m_input.hr.empty()            ? m_input.hr
                                                                   : m_input.lr;
    const int f = std::min<int>(frame, int(reference.frames()) - 1);
    if (const auto r = autoRange(reference.frame(f), AutoRange::Percentile035)) m_shared.setRange(r->min, r->max);
    for (auto& p : m_panes) {
        if (p.pane == Pane::Difference) {
            // The difference runs from 0 (agreement) up; its high percentile gives the scale.
            if (const auto r = autoRange(p.view->currentImage(), AutoRange::Percentile035))
                p.view->displaySettings()->setRange(0.0, std::max(r->max, 1e-6));
        } else if (!m_wlLinked) {
            p.view->displaySettings()->setRange(m_shared.low(), m_shared.high());
        }
    }
}

void ComparisonView::onPaneViewChanged(ImageView* source)
{
    if (m_syncing) return;
    if (source->isAutoFitted()) {
        // A fit: the others fit too (on their own sizes), so that they keep refitting on resize.
        m_syncing = true;
        for (auto& p : m_panes)
            if (p.view != source) p.view->fitToView();
        m_syncing = false;
        m_link.setView(source->viewState());
        return;
    }
    m_link.setView(source->viewState());
}

void ComparisonView::setUpscale(Interpolation how)
{
    if (how == m_upscale) return;
    m_upscale = how;
    m_upscaleBox->setCurrentIndex(m_upscaleBox->findData(int(how)));
    showFrame(currentFrame());
}

void ComparisonView::setWindowLevelLinked(bool on)
{
    const bool changed = on != m_wlLinked;
    m_wlLinked = on;
    {
        const QSignalBlocker block(m_linkWl);
        m_linkWl->setChecked(on);
    }
    for (auto& p : m_panes) {
        if (p.pane == Pane::Difference) continue;
        if (on) {
            p.view->setDisplaySettings(&m_shared);
        } else {
            p.view->setDisplaySettings(nullptr);
            p.view->displaySettings()->setColormap(m_shared.colormap());
            p.view->displaySettings()->setRange(m_shared.low(), m_shared.high());
        }
    }
    if (changed) emit windowLevelLinkedChanged(on);
}

void ComparisonView::setFps(double fps)
{
    m_fps->setValue(fps);
}
double ComparisonView::fps() const
{
    return m_fps->value();
}
void ComparisonView::setLooping(bool on)
{
    m_loop->setChecked(on);
}
bool ComparisonView::isLooping() const
{
    return m_loop->isChecked();
}
bool ComparisonView::isPlaying() const
{
    return m_timer->isActive();
}

void ComparisonView::setPlaying(bool on)
{
    if (on && frameCount() <= 1) on = false;
    if (on) {
        // Playing from the last frame without looping would stop at once: start over.
        if (!isLooping() && currentFrame() >= frameCount() - 1) setFrame(0);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    const QSignalBlocker block(m_play);
    m_play->setChecked(on);
    m_play->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void ComparisonView::onTick()
{
    if (currentFrame() + 1 < frameCount()) {
        setFrame(currentFrame() + 1);
    } else if (isLooping()) {
        setFrame(0);
    } else {
        setPlaying(false);
    }
}

bool ComparisonView::handleKey(int key)
{
    switch (key) {
        case Qt::Key_Left:
            stepFrames(-1);
            return true;
        case Qt::Key_Right:
            stepFrames(1);
            return true;
        case Qt::Key_Home:
            setFrame(0);
            return true;
        case Qt::Key_End:
            setFrame(frameCount() - 1);
            return true;
        case Qt::Key_Space:
            setPlaying(!isPlaying());
            return true;
        default:
            return false;
    }
}

void ComparisonView::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event->key())) QWidget::keyPressEvent(event);
}

bool ComparisonView::eventFilter(QObject* watched, QEvent* event)
{
    // The panes' GL widgets take the keys for VTK; the frame keys belong to the layout.
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent*>(event)->key())) return true;
    return QWidget::eventFilter(watched, event);
}

}  // namespace xrs::widgets
