// app/properties/PropertiesDock: following the current image view and showing / editing its properties.
#include "PropertiesDock.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "app/session/DisplayUndo.h"
#include "app/session/SessionUi.h"
#include "widgets/Colormap.h"
#include "widgets/ComparisonView.h"
#include "widgets/DisplaySettings.h"
#include "widgets/Histogram.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"

namespace xrs::app {

namespace {

using widgets::ComparisonView;
using widgets::OrthoSliceView;


// Enough decimals to step through a range of this width in ~1000 steps (none for wide ranges, at most 8).
int decimalsFor(double span)
{
    if (!(span > 0.0) || !std::isfinite(span)) return 3;
    return std::clamp(3 - int(std::floor(std::log10(span))), 0, 8);
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

QString rangeText(const std::optional<ValueRange>& r)
{
    if (!r) return PropertiesDock::tr("unknown");
    return PropertiesDock::tr("%1 \u2026 %2").arg(number(r->min), number(r->max));
}

// ImageJ files spell micrometres in ASCII ("um", "micron"); shown as the symbol.
QString unitText(const std::string& unit)
{
    const QString u = QString::fromStdString(unit);
    if (u == QLatin1String("um") || u == QLatin1String("micron") || u == QLatin1String("microns"))
        return QStringLiteral("\u00b5m");
    return u;
}

QString paneName(ComparisonView::Pane pane, const QString& reconstructedName)
{
    switch (pane) {
        case ComparisonView::Pane::Lr:
            return PropertiesDock::tr("LR");
        case ComparisonView::Pane::Hr:
            return PropertiesDock::tr("HR");
        case ComparisonView::Pane::Reconstructed:
            return reconstructedName.isEmpty() ? PropertiesDock::tr("Reconstructed")
                                               : PropertiesDock::tr("Reconstructed (%1)").arg(reconstructedName);
        case ComparisonView::Pane::GroundTruth:
            return PropertiesDock::tr("Ground truth");
        case ComparisonView::Pane::Difference:
            return PropertiesDock::tr("Difference");
    }
    return {};
}

// What the followed view shows, gathered from the view and the container it is part of.
struct Subject {
    QString title, source, dataset;
    Shape shape;
    int frame = -1;
    QString frameText;
    StackInfo info;  // of the stack shown (dtype, ranges, spacing, metadata, provenance)
};

QString metadataValue(const StackInfo& info, const char* key)
{
    const auto it = info.metadata.find(key);
    return it == info.metadata.end() ? QString() : QString::fromStdString(it->second);
}

}  // namespace

PropertiesDock::PropertiesDock(MainWindow& window) : QDockWidget(tr("Properties"), &window), m_window(window)
{
    setObjectName(QStringLiteral("PropertiesDock"));
    buildUi();
    follow(nullptr);

    if (auto* data = window.findChild<QDockWidget*>(QStringLiteral("DataDock"))) {
        window.addDockWidget(window.dockWidgetArea(data), this);
        window.tabifyDockWidget(data, this);
        // Shown as the tab behind the Data dock when that first shows (something was opened); a layout without it
        // (a comparison alone) keeps its width until the user asks for this dock in the View menu.
        connect(data, &QDockWidget::visibilityChanged, this, [this, data](bool visible) {
            if (!visible || m_shownOnce) return;
            m_shownOnce = true;
            QTimer::singleShot(0, this, [this, data] {
                show();
                data->raise();
            });
        });
    } else {
        window.addDockWidget(Qt::LeftDockWidgetArea, this);
    }
    hide();  // until there is something to describe: the images keep the whole width (as the Data dock does)
    connect(toggleViewAction(), &QAction::triggered, this, [this] { m_shownOnce = true; });
    if (auto* view = window.findChild<QMenu*>(QStringLiteral("ViewMenu"))) {
        // Next to the Data dock's toggle (the first entry) when there is one.
        const QList<QAction*> actions = view->actions();
        view->insertAction(actions.size() > 1 ? actions[1] : nullptr, toggleViewAction());
    }

    // The current view: focus, and clicks (the VTK widget may be clicked without taking focus first).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (widgets::ImageView* v = viewOf(now)) follow(v);
    });
    qApp->installEventFilter(this);
    // A newly opened pane, comparison or volume is what the user wants to look at next.
    connect(&window, &MainWindow::paneOpened, this, [this](ImagePane* pane) { follow(pane->view()); });
    connect(&window, &MainWindow::comparisonOpened, this, [this] {
        if (ComparisonView* c = m_window.comparisonView(); c && !c->views().isEmpty()) follow(c->views().first());
    });
    connect(&window, &MainWindow::volumeOpened, this, [this] {
        if (OrthoSliceView* v = m_window.volumeView()) follow(v->view(OrthoSliceView::Plane::XY));
    });
}

PropertiesDock::~PropertiesDock()
{
    qApp->removeEventFilter(this);
}

void PropertiesDock::buildUi()
{
    auto* placeholder = new QLabel(tr("Click an image to see its properties."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("title"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    column->addWidget(m_heading);

    // Data: read-only rows; long texts (paths) in frameless read-only line edits that scroll instead of widening the
    // dock, the rest in selectable labels.
    auto* data = new QGroupBox(tr("Data"));
    auto* form = new QFormLayout(data);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto line = [&](const char* name, const QString& label) {
        auto* e = new QLineEdit;
        e->setObjectName(QLatin1String(name));
        e->setReadOnly(true);
        e->setFrame(false);
        e->setMinimumWidth(40);
        e->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
        form->addRow(label, e);
        return e;
    };
    auto label = [&](const char* name, const QString& text) {
        auto* l = new QLabel;
        l->setObjectName(QLatin1String(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        form->addRow(text, l);
        return l;
    };
    m_source = line("source", tr("Source:"));
    m_dataset = line("dataset", tr("Dataset:"));
    m_shape = label("shape", tr("Shape:"));
    m_shape->setToolTip(tr("frames \u00d7 rows \u00d7 columns"));
    m_frame = label("frame", tr("Frame:"));
    m_dtype = label("dtype", tr("Data type:"));
    m_fileRange = label("fileRange", tr("File range:"));
    m_frameRangeLabel = label("frameRange", tr("Frame range:"));
    m_pixelSize = label("pixelSize", tr("Pixel size:"));
    m_memory = label("memory", tr("Frame memory:"));
    column->addWidget(data);

    // Display: edits go through the view's DisplaySettings (undoable like the histogram's).
    auto* display = new QGroupBox(tr("Display"));
    auto* displayForm = new QFormLayout(display);
    displayForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_colormap = new QComboBox;
    m_colormap->setObjectName(QStringLiteral("colormap"));
    for (const widgets::Colormap map : widgets::allColormaps())
        m_colormap->addItem(widgets::colormapName(map), int(map));
    connect(m_colormap, &QComboBox::activated, this, &PropertiesDock::applyColormap);
    displayForm->addRow(tr("Colour map:"), m_colormap);
    auto spin = [&](const char* name) {
        auto* s = new QDoubleSpinBox;
        s->setObjectName(QLatin1String(name));
        s->setKeyboardTracking(false);  // one change per Enter / focus loss / step, not per keystroke
        s->setMinimumWidth(60);
        s->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return s;
    };
    m_low = spin("low");
    m_high = spin("high");
    connect(m_low, &QDoubleSpinBox::valueChanged, this, &PropertiesDock::setLow);
    connect(m_high, &QDoubleSpinBox::valueChanged, this, &PropertiesDock::setHigh);
    displayForm->addRow(tr("Window low:"), m_low);
    displayForm->addRow(tr("Window high:"), m_high);
    m_auto = new QPushButton(tr("Auto Range"));
    m_auto->setObjectName(QStringLiteral("autoRange"));
    m_auto->setToolTip(tr("Window from the 0.35 and 99.65 percentiles of the frame shown"));
    connect(m_auto, &QPushButton::clicked, this, &PropertiesDock::applyAutoRange);
    displayForm->addRow(QString(), m_auto);
    column->addWidget(display);

    auto* metadata = new QGroupBox(tr("Metadata"));
    auto* metadataLayout = new QVBoxLayout(metadata);
    m_metadata = new QTreeWidget;
    m_metadata->setObjectName(QStringLiteral("metadata"));
    m_metadata->setColumnCount(2);
    m_metadata->setHeaderLabels({tr("Key"), tr("Value")});
    m_metadata->setRootIsDecorated(false);
    m_metadata->setUniformRowHeights(true);
    m_metadata->setAlternatingRowColors(true);
    m_metadata->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_metadata->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metadata->setMinimumHeight(90);
    metadataLayout->addWidget(m_metadata);
    column->addWidget(metadata, 1);

    auto* provenance = new QGroupBox(tr("Provenance"));
    auto* provenanceLayout = new QVBoxLayout(provenance);
    m_provenance = new QPlainTextEdit;
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_provenance->setReadOnly(true);
    m_provenance->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_provenance->setMinimumHeight(70);
    m_provenance->setPlaceholderText(tr("No provenance recorded"));
    provenanceLayout->addWidget(m_provenance);
    column->addWidget(provenance, 1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_pages = new QStackedWidget;
    m_pages->addWidget(placeholder);
    m_pages->addWidget(scroll);
    setWidget(m_pages);
}

widgets::ImageView* PropertiesDock::followedView() const
{
    return m_view;
}

widgets::ImageView* PropertiesDock::viewOf(QWidget* widget) const
{
    if (!widget || widget->window() != &m_window) return nullptr;
    for (QWidget* w = widget; w; w = w->parentWidget())
        if (auto* view = qobject_cast<widgets::ImageView*>(w)) return view;
    return nullptr;
}

bool PropertiesDock::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType())
        if (widgets::ImageView* v = viewOf(static_cast<QWidget*>(watched))) follow(v);
    return QDockWidget::eventFilter(watched, event);
}

void PropertiesDock::disconnectFollowed()
{
    // Only our own connections; objects already gone have dropped theirs.
    for (QObject* o : std::initializer_list<QObject*>{m_view, m_settings, m_comparison, m_ortho})
        if (o) disconnect(o, nullptr, this, nullptr);
}

void PropertiesDock::follow(widgets::ImageView* view)
{
    if (view && view == m_view) return;
    disconnectFollowed();
    m_view = view;
    m_settings = nullptr;
    m_comparison = nullptr;
    m_ortho = nullptr;
    m_pane = nullptr;
    if (view) {
        for (QWidget* w = view->parentWidget(); w; w = w->parentWidget()) {
            if (auto* c = qobject_cast<ComparisonView*>(w)) m_comparison = c;
            if (auto* o = qobject_cast<OrthoSliceView*>(w)) m_ortho = o;
            if (auto* p = qobject_cast<ImagePane*>(w)) m_pane = p;
        }
        connect(view, &QObject::destroyed, this, [this] { follow(nullptr); });
        connect(view, &widgets::ImageView::frameChanged, this, [this] {
            m_frameRange = widgets::finiteRange(m_view->currentImage());
            refreshData();
            refreshDisplay();
        });
        // A comparison pane may switch between shared and own settings (link toggle): follow the one in use.
        connect(view, &widgets::ImageView::windowLevelChanged, this, [this] {
            if (m_view && m_view->displaySettings() != m_settings) connectSettings();
            refreshDisplay();
        });
        if (m_comparison) {
            connect(m_comparison, &ComparisonView::frameChanged, this, [this] {
                // The pane's image is replaced after the frame index changes: read it once the change is done.
                QMetaObject::invokeMethod(this, &PropertiesDock::refreshAll, Qt::QueuedConnection);
            });
            connect(m_comparison, &ComparisonView::windowLevelLinkedChanged, this, [this] {
                connectSettings();
                refreshDisplay();
            });
        }
        if (m_ortho) connect(m_ortho, &OrthoSliceView::pointChanged, this, &PropertiesDock::refreshAll);
        connectSettings();
    }
    refreshAll();
}

void PropertiesDock::connectSettings()
{
    if (m_settings) disconnect(m_settings, nullptr, this, nullptr);
    m_settings = m_view ? m_view->displaySettings() : nullptr;
    if (!m_settings) return;
    connect(m_settings, &widgets::DisplaySettings::changed, this, &PropertiesDock::refreshDisplay);
}

void PropertiesDock::refreshAll()
{
    m_pages->setCurrentIndex(m_view ? 1 : 0);
    m_frameRange = m_view ? widgets::finiteRange(m_view->currentImage()) : std::nullopt;
    refreshData();
    refreshDisplay();
}

void PropertiesDock::refreshData()
{
    if (!m_view) {
        for (QLineEdit* e : {m_source, m_dataset}) e->clear();
        for (QLabel* l : {m_heading, m_shape, m_frame, m_dtype, m_fileRange, m_frameRangeLabel, m_pixelSize, m_memory})
            l->clear();
        m_metadata->clear();
        m_provenance->clear();
        return;
    }
    const ImageStack& image = m_view->currentImage();
    Subject s;
    s.info = image.info();
    s.shape = Shape{std::max(0, m_view->frameCount()), image.rows(), image.cols()};
    s.frame = m_view->currentFrame();
    if (m_comparison) {
        // The pane shows one frame of a stack of the comparison's input (upscaled to the HR grid for LR).
        const widgets::ComparisonInput& in = m_comparison->input();
        ComparisonView::Pane pane = ComparisonView::Pane::Lr;
        for (const auto p : {ComparisonView::Pane::Lr, ComparisonView::Pane::Hr, ComparisonView::Pane::Reconstructed,
                             ComparisonView::Pane::GroundTruth, ComparisonView::Pane::Difference})
            if (m_comparison->view(p) == m_view) pane = p;
        const ImageStack* stack = &in.lr;
        s.frame = m_comparison->currentFrame();
        switch (pane) {
            case ComparisonView::Pane::Lr:
                break;
            case ComparisonView::Pane::Hr:
                stack = &in.hr;
                s.frame = in.times.nearestHr(s.frame).hrFrame;
                break;
            case ComparisonView::Pane::Reconstructed:
                stack = &in.reconstructed;
                break;
            case ComparisonView::Pane::GroundTruth:
                stack = &in.groundTruth;
                break;
            case ComparisonView::Pane::Difference:
                stack = &in.reconstructed;
                break;
        }
        if (pane != ComparisonView::Pane::Difference) {
            s.info = stack->info();
            s.shape = stack->shape();
        } else {
            s.info = StackInfo{};  // computed for display: no file behind it
            s.shape = Shape{m_comparison->frameCount(), image.rows(), image.cols()};
        }
        const int tab = m_window.tabs()->indexOf(m_comparison);
        const QString where = tab >= 0 ? m_window.tabs()->tabToolTip(tab) : QString();
        s.title = tr("Comparison: %1").arg(paneName(pane, in.reconstructedName));
        s.source = metadataValue(s.info, "source");
        if (s.source.isEmpty()) s.source = where;
        s.dataset = metadataValue(s.info, "dataset");
    } else if (m_ortho) {
        const widgets::VolumePoint p = m_ortho->point();
        s.info = m_ortho->volume().info();
        s.shape = m_ortho->volume().shape();
        // The slice index along the plane's normal, and how many slices there are along it.
        QString plane;
        std::int64_t slices = 0;
        if (m_view == m_ortho->view(OrthoSliceView::Plane::XY)) {
            plane = tr("XY slice");
            s.frame = p.z;
            slices = s.shape.frames;
        } else if (m_view == m_ortho->view(OrthoSliceView::Plane::XZ)) {
            plane = tr("XZ slice");
            s.frame = p.y;
            slices = s.shape.rows;
        } else {
            plane = tr("YZ slice");
            s.frame = p.x;
            slices = s.shape.cols;
        }
        s.source = metadataValue(s.info, "source");
        if (s.source.isEmpty()) s.source = m_window.volumePath();
        s.dataset = metadataValue(s.info, "dataset");
        s.title = tr("Volume: %1 (%2)").arg(QFileInfo(s.source).fileName(), plane);
        s.frameText = tr("%1 (%2, 0\u2013%3)").arg(s.frame).arg(plane).arg(std::max<std::int64_t>(0, slices - 1));
    } else {
        s.title = m_pane ? m_pane->title() : QString();
        s.source = m_pane && !m_pane->sourcePath().isEmpty() ? m_pane->sourcePath() : metadataValue(s.info, "source");
        s.dataset = m_pane && !m_pane->dataset().isEmpty() ? m_pane->dataset() : metadataValue(s.info, "dataset");
    }
    if (s.frameText.isEmpty() && s.frame >= 0)
        s.frameText = tr("%1 (0\u2013%2)").arg(s.frame).arg(std::max<std::int64_t>(0, s.shape.frames - 1));

    const QString unknown = tr("unknown");
    m_heading->setText(s.title.isEmpty() ? tr("Image") : s.title);
    m_source->setText(s.source.isEmpty() ? tr("in memory") : QDir::toNativeSeparators(s.source));
    m_source->setToolTip(m_source->text());
    m_source->setCursorPosition(int(m_source->text().size()));  // the file name in view when the path is long
    m_dataset->setText(s.dataset.isEmpty() ? tr("\u2014") : s.dataset);
    m_shape->setText(
        tr("%n frames \u00d7 %1 \u00d7 %2", nullptr, int(s.shape.frames)).arg(s.shape.rows).arg(s.shape.cols));
    m_frame->setText(s.frameText.isEmpty() ? unknown : s.frameText);
    m_dtype->setText(QString::fromLatin1(dtypeName(s.info.sourceType)));
    m_fileRange->setText(rangeText(s.info.valueRange));
    m_frameRangeLabel->setText(rangeText(m_frameRange));
    const Spacing& sp = s.info.spacing;
    m_pixelSize->setText(
        sp.known() ? tr("%1 \u00d7 %2 %3 (x \u00d7 y)").arg(number(sp.x), number(sp.y), unitText(sp.unit)) : unknown);
    const qint64 bytes = qint64(image.rows()) * qint64(image.cols()) * qint64(sizeof(float));
    m_memory->setText(tr("%1 (float32)").arg(QLocale().formattedDataSize(bytes)));

    // Metadata sorted by key (the map's order); provenance one line each.
    m_metadata->clear();
    QList<QTreeWidgetItem*> items;
    for (const auto& [key, value] : s.info.metadata) {
        auto* item = new QTreeWidgetItem({QString::fromStdString(key), QString::fromStdString(value)});
        item->setToolTip(1, item->text(1));  // long values (paths) are elided in the column
        items.append(item);
    }
    m_metadata->addTopLevelItems(items);
    QStringList lines;
    for (const std::string& line : s.info.provenance) lines.append(QString::fromStdString(line));
    m_provenance->setPlainText(lines.join(u'\n'));
}

void PropertiesDock::refreshDisplay()
{
    const bool on = m_view && m_settings;
    for (QWidget* w : std::initializer_list<QWidget*>{m_colormap, m_low, m_high, m_auto}) w->setEnabled(on);
    if (!on) return;
    const widgets::DisplaySettings& d = *m_settings;
    {
        const QSignalBlocker block(m_colormap);
        m_colormap->setCurrentIndex(m_colormap->findData(int(d.colormap())));
    }
    // Decimals and steps from the frame's values (else the window's width); the limits leave room around both.
    double lo = std::min(d.low(), m_frameRange ? m_frameRange->min : d.low());
    double hi = std::max(d.high(), m_frameRange ? m_frameRange->max : d.high());
    const double span = m_frameRange && m_frameRange->max > m_frameRange->min ? m_frameRange->max - m_frameRange->min
                                                                              : d.high() - d.low();
    const int decimals = decimalsFor(span);
    const double margin = std::max(span, 1.0) * 10.0;
    for (QDoubleSpinBox* box : {m_low, m_high}) {
        const QSignalBlocker block(box);
        box->setDecimals(decimals);
        box->setRange(lo - margin, hi + margin);
        box->setSingleStep(span > 0.0 ? span / 100.0 : 1.0);
    }
    const QSignalBlocker blockLow(m_low), blockHigh(m_high);
    m_low->setValue(d.low());
    m_high->setValue(d.high());
}

void PropertiesDock::watchForUndo()
{
    // Edits made here are undoable for every view, also one the session does not watch by itself (a comparison shown
    // from cluster results). Watching starts from the values now (the session's own watch does nothing new), so only
    // at the first edit: preferences applied to a new pane before are not edits.
    DisplayUndo* undo = displayUndo(m_window);
    if (!undo || !m_settings) return;
    if (m_comparison)
        undo->watch(m_comparison.data());
    else
        undo->watch(m_settings.data());
}

void PropertiesDock::setLow(double value)
{
    // The other limit keeps its exact value (the spin box shows it rounded).
    if (!m_settings) return;
    watchForUndo();
    m_settings->setRange(value, m_settings->high());
}

void PropertiesDock::setHigh(double value)
{
    if (!m_settings) return;
    watchForUndo();
    m_settings->setRange(m_settings->low(), value);
}

void PropertiesDock::applyAutoRange()
{
    if (!m_view || !m_settings) return;
    watchForUndo();
    if (const auto r = widgets::autoRange(m_view->currentImage(), widgets::AutoRange::Percentile035))
        m_settings->setRange(r->min, r->max);
}

void PropertiesDock::applyColormap(int index)
{
    if (!m_settings || index < 0) return;
    watchForUndo();
    m_settings->setColormap(widgets::Colormap(m_colormap->itemData(index).toInt()));
}

QString PropertiesDock::dataText(const QString& field) const
{
    if (auto* e = widget()->findChild<QLineEdit*>(field)) return e->text();
    if (auto* l = widget()->findChild<QLabel*>(field)) return l->text();
    return {};
}

}  // namespace xrs::app
