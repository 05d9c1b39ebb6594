// app/Exports: TIFF, PNG and movie exports and the File → Export menu.
#include "Exports.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>

#include <algorithm>
#include <cmath>
#include <exception>
#include <stop_token>

#include "ImagePane.h"
#include "MainWindow.h"
#include "ReportPdf.h"
#include "core/Error.h"
#include "io/MovieWriter.h"
#include "io/StackWriter.h"
#include "widgets/ComparisonView.h"
#include "widgets/DisplaySettings.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

namespace xrs::app {

namespace {

// Adds OK / Cancel under an export form and runs it; true when the person pressed OK.
bool runForm(QDialog& dialog, QFormLayout& form)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form.addRow(buttons);
    return dialog.exec() == QDialog::Accepted;
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// Renders the GL panes inside widget so that grab() sees their current frame.
void renderViews(QWidget& widget)
{
    if (auto* view = qobject_cast<widgets::ImageView*>(&widget)) view->vtkWidget()->grabRendered();
    for (auto* view : widget.findChildren<widgets::ImageView*>())
        if (view->isVisible()) view->vtkWidget()->grabRendered();
}

QImage grabImage(QWidget& widget)
{
    renderViews(widget);
    return widget.grab().toImage();
}

}  // namespace

ExportSource exportSource(widgets::ImageView& view)
{
    ExportSource s;
    s.widget = &view;
    s.frameCount = view.frameCount();
    s.currentFrame = std::max(0, view.currentFrame());
    s.showFrame = [&view](int f) { view.setFrame(f); };
    s.image = [&view] { return view.currentImage(); };
    return s;
}

ExportSource exportSource(widgets::ComparisonView& comparison, widgets::ImageView& pane)
{
    ExportSource s;
    s.widget = &comparison;
    s.frameCount = comparison.frameCount();
    s.currentFrame = comparison.currentFrame();
    s.showFrame = [&comparison](int f) { comparison.setFrame(f); };
    s.image = [&pane] { return pane.currentImage(); };
    return s;
}

ImageStack collectFrames(const ExportSource& source, Range frames, std::optional<QRect> roi, const Progress& progress)
{
    const Range r = frames.resolved(source.frameCount, "frame range");
    if (r.size() <= 0) throw Error("the frame range is empty");
    ImageStack out;
    QRect box;
    try {
        for (std::int64_t f = r.begin; f < r.end; ++f) {
            progress.throwIfStopped();
            source.showFrame(int(f));
            const ImageStack image = source.image();
            if (image.empty()) throw Error("frame " + std::to_string(f) + " could not be shown");
            if (out.empty()) {
                const QRect whole(0, 0, int(image.cols()), int(image.rows()));
                box = roi ? roi->normalized().intersected(whole) : whole;
                if (box.isEmpty()) throw Error("the region of interest lies outside the image");
                out = ImageStack::uninitialized(Shape{r.size(), box.height(), box.width()});
                out.copyAttributes(image.info());
                out.info().shape = Shape{r.size(), box.height(), box.width()};
            }
            if (image.rows() < box.bottom() + 1 || image.cols() < box.right() + 1)
                throw Error("frame " + std::to_string(f) + " has another size than the first");
            for (int y = 0; y < box.height(); ++y) {
                const auto src = image.row(0, box.y() + y).subspan(std::size_t(box.x()), std::size_t(box.width()));
                std::copy(src.begin(), src.end(), out.row(f - r.begin, y).begin());
            }
            progress.report(double(f - r.begin + 1) / double(r.size()), "reading frames");
        }
    } catch (...) {
        source.showFrame(source.currentFrame);
        throw;
    }
    source.showFrame(source.currentFrame);
    return out;
}

void exportTiff(const ExportSource& source, const QString& path, const TiffExport& options, const Progress& progress)
{
    ImageStack stack = collectFrames(source, options.frames, options.roi, progress.sub(0.0, 0.5));
    if (options.roi)
        stack.addProvenance("X-ray Studio export: ROI x=" + std::to_string(options.roi->x()) +
                            " y=" + std::to_string(options.roi->y()) + " " + std::to_string(options.roi->width()) +
                            "x" + std::to_string(options.roi->height()));
    io::WriteOptions w;
    w.dtype = options.dtype;
    w.range = options.range;
    io::writeStack(toPath(path), stack, w, progress.sub(0.5, 1.0));
}

void exportScreenshot(QWidget& widget, const QString& path)
{
    const QImage image = grabImage(widget);
    if (image.isNull()) throw Error(toPath(path), {}, "the view could not be captured");
    // QImage::save writes in place; the PNG goes to a temporary name first like every other output.
    const QString temp = path + QStringLiteral(".part");
    if (!image.save(temp, "PNG")) {
        QFile::remove(temp);
        throw Error(toPath(path), {}, "cannot write the PNG file");
    }
    std::error_code ec;
    std::filesystem::rename(toPath(temp), toPath(path), ec);
    if (ec) {
        QFile::remove(temp);
        throw Error(toPath(path), {}, "cannot move the PNG into place: " + ec.message());
    }
}

void exportMovie(const ExportSource& source, const QString& path, double fps, Range frames, const Progress& progress)
{
    const Range r = frames.resolved(source.frameCount, "frame range");
    if (r.size() <= 0) throw Error(toPath(path), {}, "the frame range is empty");
    std::unique_ptr<io::MovieWriter> writer;
    QSize size;
    try {
        for (std::int64_t f = r.begin; f < r.end; ++f) {
            progress.throwIfStopped();
            source.showFrame(int(f));
            QImage image = grabImage(*source.widget).convertToFormat(QImage::Format_RGB888).rgbSwapped();
            if (!writer) {
                // Codecs want even sizes; every frame is cut to the first one's size.
                size = QSize(image.width() & ~1, image.height() & ~1);
                writer = std::make_unique<io::MovieWriter>(toPath(path), size.width(), size.height(), fps,
                                                           io::MovieWriter::Channels::Bgr);
            }
            if (image.size() != size) image = image.copy(0, 0, size.width(), size.height());
            writer->append({image.constBits(), std::size_t(image.sizeInBytes())}, image.bytesPerLine());
            progress.report(double(f - r.begin + 1) / double(r.size()), "writing the movie");
        }
        writer->commit();
    } catch (...) {
        source.showFrame(source.currentFrame);
        throw;
    }
    source.showFrame(source.currentFrame);
}

// ---- The menu and its dialogs ----

class ExportMenu {
    Q_DECLARE_TR_FUNCTIONS(ExportMenu)
public:
    explicit ExportMenu(MainWindow& window) : m_window(window) {}

    QMenu* create(QWidget* parent)
    {
        auto* menu = new QMenu(tr("&Export"), parent);
        menu->addAction(tr("&TIFF Stack\u2026"), parent, [this] { exportTiffDialog(); });
        menu->addAction(tr("&Screenshot of the View (PNG)\u2026"), parent, [this] { screenshotDialog(false); });
        menu->addAction(tr("Screenshot of the &Layout (PNG)\u2026"), parent, [this] { screenshotDialog(true); });
        menu->addAction(tr("&Movie of the Sequence\u2026"), parent, [this] { movieDialog(false); });
        menu->addAction(tr("Movie of the &Comparison Layout\u2026"), parent, [this] { movieDialog(true); });
        menu->addSeparator();
        menu->addAction(tr("Metric &Report (PDF)\u2026"), parent, [this] { reportDialog(); });
        return menu;
    }

private:
    bool comparisonShown() const
    {
        auto* tabs = m_window.centralWidget()->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly);
        return m_window.comparisonView() && tabs && tabs->currentWidget() == m_window.comparisonView() &&
               tabs->isVisible();
    }

    // The view with the keyboard focus in the tab shown, else the reconstruction (comparison) or the first pane.
    widgets::ImageView* currentView() const
    {
        QList<widgets::ImageView*> views;
        if (comparisonShown()) {
            views = m_window.comparisonView()->views();
            if (auto* rec = m_window.comparisonView()->view(widgets::ComparisonView::Pane::Reconstructed))
                views.prepend(rec);
        } else {
            for (ImagePane* pane : m_window.panes()) views.append(pane->view());
        }
        for (auto* v : views)
            if (v->isAncestorOf(QApplication::focusWidget())) return v;
        return views.isEmpty() ? nullptr : views.first();
    }

    std::optional<ExportSource> currentSource(bool layout)
    {
        widgets::ImageView* view = currentView();
        if (!view || view->frameCount() <= 0) {
            fail(tr("Nothing to export: open an image stack or a comparison first."));
            return std::nullopt;
        }
        if (comparisonShown()) return exportSource(*m_window.comparisonView(), *view);
        if (layout) {
            fail(tr("The comparison layout is not shown."));
            return std::nullopt;
        }
        return exportSource(*view);
    }

    void fail(const QString& message)
    {
        m_window.appendLog(tr("Export: %1").arg(message));
        if (m_window.dialogsEnabled()) QMessageBox::warning(&m_window, tr("Export"), message);
    }

    // Runs work with a cancellable progress dialog; events are processed between steps.
    template <class Work>
    void run(const QString& label, const QString& path, Work&& work)
    {
        QProgressDialog dialog(label, tr("Cancel"), 0, 1000, &m_window);
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(400);
        std::stop_source stop;
        const Progress progress(
            [&](double fraction, std::string_view) {
                dialog.setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 999)));
                QCoreApplication::processEvents();
                if (dialog.wasCanceled()) stop.request_stop();
            },
            stop.get_token());
        try {
            work(progress);
            m_window.appendLog(tr("Exported %1").arg(path));
        } catch (const Cancelled&) {
            m_window.appendLog(tr("Export cancelled: %1").arg(path));
        } catch (const std::exception& e) {
            fail(QString::fromStdString(e.what()));
        }
    }

    void exportTiffDialog()
    {
        const auto source = currentSource(false);
        if (!source) return;
        widgets::ImageView* view = currentView();
        QDialog dialog(&m_window);
        dialog.setWindowTitle(tr("Export TIFF Stack"));
        auto* form = new QFormLayout(&dialog);
        auto* dtype = new QComboBox(&dialog);
        dtype->addItems({QStringLiteral("float32"), QStringLiteral("uint16"), QStringLiteral("uint8")});
        form->addRow(tr("Data type:"), dtype);
        auto* low = new QDoubleSpinBox(&dialog);
        auto* high = new QDoubleSpinBox(&dialog);
        for (auto* box : {low, high}) {
            box->setRange(-1e12, 1e12);
            box->setDecimals(4);
        }
        low->setValue(view->displaySettings()->low());
        high->setValue(view->displaySettings()->high());
        form->addRow(tr("Range low (integer types):"), low);
        form->addRow(tr("Range high (integer types):"), high);
        auto* first = new QSpinBox(&dialog);
        auto* last = new QSpinBox(&dialog);
        for (auto* box : {first, last}) box->setRange(0, source->frameCount - 1);
        last->setValue(source->frameCount - 1);
        form->addRow(tr("First frame:"), first);
        form->addRow(tr("Last frame:"), last);
        auto* roi = new QCheckBox(tr("Only the rectangle drawn in the view"), &dialog);
        roi->setEnabled(view->roi().has_value());
        roi->setChecked(view->roi().has_value());
        form->addRow(roi);
        if (!runForm(dialog, *form)) return;
        const QString path =
            QFileDialog::getSaveFileName(&m_window, tr("Export TIFF Stack"), QString(), tr("TIFF (*.tif *.tiff)"));
        if (path.isEmpty()) return;
        TiffExport options;
        options.dtype = *parseDType(dtype->currentText().toStdString());
        if (dtypeIsInteger(options.dtype)) options.range = ValueRange{low->value(), high->value()};
        options.frames = Range{first->value(), std::max(first->value(), last->value()) + 1};
        if (roi->isChecked()) options.roi = view->roi();
        run(tr("Exporting %1\u2026").arg(path), path,
            [&](const Progress& p) { exportTiff(*source, path, options, p); });
    }

    void screenshotDialog(bool layout)
    {
        QWidget* widget = nullptr;
        if (layout)
            widget = comparisonShown() ? static_cast<QWidget*>(m_window.comparisonView()) : m_window.centralWidget();
        else
            widget = currentView();
        if (!widget) return fail(tr("Nothing to export: open an image stack or a comparison first."));
        const QString path =
            QFileDialog::getSaveFileName(&m_window, tr("Save Screenshot"), QString(), tr("PNG (*.png)"));
        if (path.isEmpty()) return;
        run(tr("Saving %1\u2026").arg(path), path, [&](const Progress&) { exportScreenshot(*widget, path); });
    }

    void movieDialog(bool layout)
    {
        auto source = currentSource(layout);
        if (!source) return;
        if (!layout && comparisonShown()) {
            // The sequence alone: grab only the chosen pane while stepping the linked frame.
            source->widget = currentView();
        }
        QDialog dialog(&m_window);
        dialog.setWindowTitle(tr("Export Movie"));
        auto* form = new QFormLayout(&dialog);
        auto* fps = new QDoubleSpinBox(&dialog);
        fps->setRange(0.5, 120.0);
        fps->setValue(m_window.comparisonView() && comparisonShown() ? m_window.comparisonView()->fps() : 10.0);
        form->addRow(tr("Frames per second:"), fps);
        if (!runForm(dialog, *form)) return;
        const QString path =
            QFileDialog::getSaveFileName(&m_window, tr("Export Movie"), QString(), tr("Movies (*.mp4 *.avi)"));
        if (path.isEmpty()) return;
        run(tr("Exporting %1\u2026").arg(path), path,
            [&](const Progress& p) { exportMovie(*source, path, fps->value(), Range::all(), p); });
    }

    void reportDialog()
    {
        const QString json =
            QFileDialog::getOpenFileName(&m_window, tr("Metric Report"), QString(), tr("Reports (*.json)"));
        if (json.isEmpty()) return;
        const QString path =
            QFileDialog::getSaveFileName(&m_window, tr("Save Metric Report"), QString(), tr("PDF (*.pdf)"));
        if (path.isEmpty()) return;
        ReportInputs inputs;
        inputs.reportJson = json;
        if (auto* c = m_window.comparisonView()) {
            inputs.result = c->input().reconstructed;
            inputs.groundTruth = c->input().groundTruth;
        }
        run(tr("Writing %1\u2026").arg(path), path, [&](const Progress&) { writeReportPdf(inputs, path); });
    }

    MainWindow& m_window;
};

QMenu* createExportMenu(MainWindow& window, QWidget* parent)
{
    // The helper lives as long as the menu: the connection to its destroyed() holds the last reference.
    auto helper = std::make_shared<ExportMenu>(window);
    QMenu* menu = helper->create(parent);
    QObject::connect(menu, &QObject::destroyed, [helper] {});
    return menu;
}

}  // namespace xrs::app
