// app/session/SessionFile: session JSON ↔ main window (see the header).
#include "SessionFile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTabWidget>

#include <QUndoStack>
#include <memory>
#include <utility>

#include <xrs/Version.h>

#include "Preferences.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "core/Error.h"
#include "widgets/ComparisonView.h"
#include "widgets/DisplaySettings.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/VolumeView.h"

namespace xrs::app {

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QJsonObject displayJson(const widgets::DisplaySettings& d)
{
    // low/high restore the range exactly; window/level are for people reading the file.
    return {{QStringLiteral("low"), d.low()},
            {QStringLiteral("high"), d.high()},
            {QStringLiteral("window"), d.window()},
            {QStringLiteral("level"), d.level()},
            {QStringLiteral("colormap"), widgets::colormapId(d.colormap())}};
}

void applyDisplay(widgets::DisplaySettings& d, const QJsonObject& o)
{
    if (o.contains(QLatin1String("colormap")))
        d.setColormap(prefs::colormapFromId(o.value(QLatin1String("colormap")).toString(), d.colormap()));
    if (o.contains(QLatin1String("low")) && o.contains(QLatin1String("high")))
        d.setRange(o.value(QLatin1String("low")).toDouble(), o.value(QLatin1String("high")).toDouble());
}

QJsonObject viewJson(const widgets::ViewState& v)
{
    return {{QStringLiteral("centerX"), v.centerX},
            {QStringLiteral("centerY"), v.centerY},
            {QStringLiteral("zoom"), v.zoom}};
}

widgets::ViewState viewFromJson(const QJsonObject& o)
{
    return {o.value(QLatin1String("centerX")).toDouble(), o.value(QLatin1String("centerY")).toDouble(),
            o.value(QLatin1String("zoom")).toDouble(0.0)};
}

QString absolute(const QString& path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

const QString kComparisonProbe = QStringLiteral("video/lr.tif");  // what ComparisonLoader needs

// The absolute path when it exists, else the relative one under baseDir when that exists, else the absolute one.
// probe: what must exist inside a folder for it to count.
QString resolve(const QJsonObject& o, const QString& key, const QString& baseDir, const QString& probe = {})
{
    const auto exists = [&](const QString& p) {
        return QFileInfo::exists(probe.isEmpty() ? p : QDir(p).filePath(probe));
    };
    const QString path = o.value(key).toString();
    if (path.isEmpty() || exists(path) || baseDir.isEmpty()) return path;
    const QString relative = o.value(QLatin1String("relativePath")).toString();
    if (relative.isEmpty()) return path;
    const QString moved = QDir::cleanPath(QDir(baseDir).filePath(relative));
    return exists(moved) ? moved : path;
}

// Adds "relativePath" (to `base`) next to the path under `key`.
void addRelative(QJsonObject& o, const QString& key, const QDir& base)
{
    const QString path = o.value(key).toString();
    if (!path.isEmpty()) o.insert(QStringLiteral("relativePath"), base.relativeFilePath(path));
}

// Lets the new panes get their final size: the zoom of a view depends on its height.
void settleLayout()
{
    for (int i = 0; i < 4; ++i) QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

}  // namespace

QJsonObject captureSession(const MainWindow& window)
{
    QJsonObject root{{QStringLiteral("format"), kSessionFormat},
                     {QStringLiteral("application"), QStringLiteral("X-ray Studio")},
                     {QStringLiteral("version"), QString::fromLatin1(xrs::kVersion)}};

    QJsonArray panes;
    for (ImagePane* pane : window.panes()) {
        if (pane->sourcePath().isEmpty()) continue;  // in-memory stacks have no file to reopen
        const widgets::ImageView* view = pane->view();
        QJsonObject p{{QStringLiteral("path"), absolute(pane->sourcePath())},
                      {QStringLiteral("dataset"), pane->dataset()},
                      {QStringLiteral("frame"), view->currentFrame()},
                      {QStringLiteral("display"), displayJson(*view->displaySettings())},
                      {QStringLiteral("fitted"), view->isAutoFitted()},
                      {QStringLiteral("view"), viewJson(view->viewState())}};
        panes.append(p);
    }
    root.insert(QStringLiteral("panes"), panes);

    if (widgets::ComparisonView* c = window.comparisonView(); c && !window.comparisonDir().isEmpty()) {
        root.insert(QStringLiteral("comparison"),
                    QJsonObject{{QStringLiteral("dir"), absolute(window.comparisonDir())},
                                {QStringLiteral("frame"), c->currentFrame()},
                                {QStringLiteral("upscale"), prefs::upscaleId(c->upscale())},
                                {QStringLiteral("linkWindowLevel"), c->windowLevelLinked()},
                                {QStringLiteral("display"), displayJson(c->sharedDisplay())},
                                {QStringLiteral("fps"), c->fps()},
                                {QStringLiteral("loop"), c->isLooping()},
                                {QStringLiteral("view"), viewJson(c->link().view())}});
    }
    if (widgets::OrthoSliceView* v = window.volumeView(); v && !window.volumePath().isEmpty()) {
        const widgets::VolumePoint p = v->point();
        QJsonObject volume{{QStringLiteral("path"), absolute(window.volumePath())},
                           {QStringLiteral("crosshair"), QJsonArray{p.x, p.y, p.z}},
                           {QStringLiteral("display"), displayJson(v->display())}};
        // The 3D view's transfer function (colour and opacity points, blend mode).
        if (const widgets::VolumeView* view = v->view3D())
            volume.insert(QStringLiteral("transfer_function"), view->transferFunction().toJson());
        root.insert(QStringLiteral("volume"), volume);
    }

    const QWidget* current = window.tabs()->currentWidget();
    QString tab = QStringLiteral("images");
    if (current && current == window.comparisonView()) tab = QStringLiteral("comparison");
    if (current && current == window.volumeView()) tab = QStringLiteral("volume");
    root.insert(QStringLiteral("currentTab"), tab);

    root.insert(QStringLiteral("window"),
                QJsonObject{{QStringLiteral("geometry"), QString::fromLatin1(window.saveGeometry().toBase64())},
                            {QStringLiteral("state"), QString::fromLatin1(window.saveState().toBase64())}});

    QJsonArray jobs;
    for (const QString& id : window.runner().jobIds()) {
        const auto job = window.runner().job(id);
        if (!job) continue;
        QJsonObject j = job->toJson();
        j.remove(QStringLiteral("log"));  // the log of a long job is large and stays in the job's own files
        j.insert(QStringLiteral("commandLine"), job->commandLine());
        jobs.append(j);
    }
    root.insert(QStringLiteral("jobs"), jobs);
    return root;
}

SessionRestore restoreSession(MainWindow& window, const QJsonObject& session, const QString& baseDir)
{
    const int format = session.value(QLatin1String("format")).toInt(0);
    if (format != kSessionFormat)
        throw Error(format == 0 ? std::string("not an X-ray Studio session (no \"format\")")
                                : "session format " + std::to_string(format) +
                                      " is not supported (this version reads " + std::to_string(kSessionFormat) + ")");
    SessionRestore result;

    // The window first, so that the panes open at their final size.
    const QJsonObject win = session.value(QLatin1String("window")).toObject();
    const QByteArray geometry = QByteArray::fromBase64(win.value(QLatin1String("geometry")).toString().toLatin1());
    if (!geometry.isEmpty()) window.restoreGeometry(geometry);

    window.closeAllPanes();
    struct PendingView {
        widgets::ImageView* view;
        widgets::ViewState state;
    };
    std::vector<PendingView> views;
    for (const QJsonValue& value : session.value(QLatin1String("panes")).toArray()) {
        const QJsonObject p = value.toObject();
        const QString path = resolve(p, QStringLiteral("path"), baseDir);
        if (path.isEmpty()) continue;
        if (!QFileInfo::exists(path)) {
            result.missing.append(path);
            continue;
        }
        if (!window.openDataset(path, p.value(QLatin1String("dataset")).toString())) {
            result.failed.append(path);
            continue;
        }
        widgets::ImageView* view = window.panes().last()->view();
        view->setFrame(p.value(QLatin1String("frame")).toInt());
        applyDisplay(*view->displaySettings(), p.value(QLatin1String("display")).toObject());
        if (!p.value(QLatin1String("fitted")).toBool(true))
            views.push_back({view, viewFromJson(p.value(QLatin1String("view")).toObject())});
    }

    const QJsonObject comparison = session.value(QLatin1String("comparison")).toObject();
    if (const QString dir = resolve(comparison, QStringLiteral("dir"), baseDir, kComparisonProbe); !dir.isEmpty()) {
        if (!QFileInfo::exists(QDir(dir).filePath(kComparisonProbe))) {
            result.missing.append(dir);
        } else if (!window.openComparison(dir)) {
            result.failed.append(dir);
        } else {
            widgets::ComparisonView* c = window.comparisonView();
            c->setUpscale(prefs::upscaleFromId(comparison.value(QLatin1String("upscale")).toString()));
            c->setWindowLevelLinked(comparison.value(QLatin1String("linkWindowLevel")).toBool(true));
            applyDisplay(c->sharedDisplay(), comparison.value(QLatin1String("display")).toObject());
            c->setFps(comparison.value(QLatin1String("fps")).toDouble(c->fps()));
            c->setLooping(comparison.value(QLatin1String("loop")).toBool(c->isLooping()));
            c->setFrame(comparison.value(QLatin1String("frame")).toInt());
            const widgets::ViewState state = viewFromJson(comparison.value(QLatin1String("view")).toObject());
            if (state.zoom > 0.0) c->link().setView(state);
        }
    }

    const QJsonObject volume = session.value(QLatin1String("volume")).toObject();
    if (const QString path = resolve(volume, QStringLiteral("path"), baseDir); !path.isEmpty()) {
        if (!QFileInfo::exists(path)) {
            result.missing.append(path);
        } else if (!window.openVolume(path)) {
            result.failed.append(path);
        } else {
            // The volume is read on a worker thread: its display, crosshair and transfer function are applied once
            // it is shown (the next volumeOpened(); a later openVolume() cancels this read, so one shot is enough).
            auto once = std::make_shared<QMetaObject::Connection>();
            const QString expected = QFileInfo(path).absoluteFilePath();
            *once = QObject::connect(
                &window, &MainWindow::volumeOpened, &window, [&window, volume, expected, once](const QString& shown) {
                    QObject::disconnect(*once);
                    if (shown != expected) return;
                    widgets::OrthoSliceView* v = window.volumeView();
                    applyDisplay(v->display(), volume.value(QLatin1String("display")).toObject());
                    const QJsonArray p = volume.value(QLatin1String("crosshair")).toArray();
                    if (p.size() == 3) v->setPoint({p.at(0).toInt(), p.at(1).toInt(), p.at(2).toInt()});
                    if (widgets::VolumeView* view = v->view3D();
                        view && volume.contains(QLatin1String("transfer_function"))) {
                        try {
                            view->setTransferFunction(widgets::TransferFunction::fromJson(
                                volume.value(QLatin1String("transfer_function")).toObject()));
                        } catch (const std::exception& e) {
                            window.appendLog(MainWindow::tr("Session: transfer function not restored: %1")
                                                 .arg(QString::fromUtf8(e.what())));
                        }
                    }
                });
        }
    }

    for (const QJsonValue& value : session.value(QLatin1String("jobs")).toArray()) {
        window.runner().addRecord(remote::Job::fromJson(value.toObject()));
        ++result.jobs;
    }

    const QString tab = session.value(QLatin1String("currentTab")).toString();
    QWidget* current = nullptr;
    if (tab == QLatin1String("comparison")) current = window.comparisonView();
    if (tab == QLatin1String("volume")) current = window.volumeView();
    if (tab == QLatin1String("images") && !window.panes().isEmpty()) current = window.panes().first()->parentWidget();
    if (current) window.tabs()->setCurrentWidget(current);

    const QByteArray state = QByteArray::fromBase64(win.value(QLatin1String("state")).toString().toLatin1());
    if (!state.isEmpty()) window.restoreState(state);

    settleLayout();
    for (const PendingView& pending : views) pending.view->setViewState(pending.state);
    // Restoring is not an edit: nothing of it is undone.
    if (window.undoStack()) window.undoStack()->clear();
    return result;
}

void saveSessionFile(const MainWindow& window, const QString& path)
{
    QJsonObject session = captureSession(window);
    const QDir base = QFileInfo(path).absoluteDir();
    QJsonArray panes = session.value(QLatin1String("panes")).toArray();
    for (QJsonValueRef pane : panes) {
        QJsonObject p = pane.toObject();
        addRelative(p, QStringLiteral("path"), base);
        pane = p;
    }
    session.insert(QStringLiteral("panes"), panes);
    for (const auto& [part, key] : {std::pair{QStringLiteral("comparison"), QStringLiteral("dir")},
                                    std::pair{QStringLiteral("volume"), QStringLiteral("path")}}) {
        if (!session.contains(part)) continue;
        QJsonObject o = session.value(part).toObject();
        addRelative(o, key, base);
        session.insert(part, o);
    }
    const QByteArray json = QJsonDocument(session).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        throw Error(toPath(path), {}, "cannot write the session: " + file.errorString().toStdString());
}

SessionRestore loadSessionFile(MainWindow& window, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(toPath(path), {}, "cannot read the session: " + file.errorString().toStdString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        throw Error(toPath(path), "offset " + std::to_string(error.offset),
                    "not valid JSON: " + error.errorString().toStdString());
    if (!doc.isObject()) throw Error(toPath(path), {}, "not an X-ray Studio session (no JSON object)");
    try {
        return restoreSession(window, doc.object(), QFileInfo(path).absolutePath());
    } catch (const Error& e) {
        if (!e.file().empty()) throw;
        throw Error(toPath(path), {}, e.reason());
    }
}

}  // namespace xrs::app
