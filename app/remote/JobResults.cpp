// app/remote/JobResults: a stored job → the layout its results open in.
#include "JobResults.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "widgets/ImageView.h"

namespace xrs::app {

namespace {

using remote::StoredJob;

// The value of the first of `names` in `arguments` ("-o X", "--output X" or "--output=X").
QString optionValue(const QStringList& arguments, std::initializer_list<const char*> names)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        for (const char* name : names) {
            const QString n = QLatin1String(name);
            if (arguments[i] == n && i + 1 < arguments.size()) return arguments[i + 1];
            if (n.startsWith(QStringLiteral("--")) && arguments[i].startsWith(n + u'='))
                return arguments[i].mid(n.size() + 1);
        }
    }
    return {};
}

bool isStackFile(const QString& path)
{
    static const QStringList kSuffixes{QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("h5"),
                                       QStringLiteral("hdf5"), QStringLiteral("hdf"),  QStringLiteral("nxs")};
    return kSuffixes.contains(QFileInfo(path).suffix().toLower());
}

// The local input a job argument names: the same path, or an input with the same file name (remote jobs read staged
// copies by file name).
QString localInput(const StoredJob& job, const QString& argument)
{
    if (argument.isEmpty()) return {};
    const QString name = QFileInfo(argument).fileName();
    for (const QString& in : job.job.inputs) {
        const QString path = in.trimmed();
        if (path == argument || QFileInfo(path).fileName() == name) return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

// The fetched file that the job wrote as `argument` (its -o value), else the first fetched stack.
QString fetchedOutput(const StoredJob& job, const QString& argument)
{
    const QStringList files = fetchedFiles(job);
    const QString name = QFileInfo(argument).fileName();
    for (const QString& f : files)
        if (!name.isEmpty() && QFileInfo(f).fileName() == name) return f;
    for (const QString& f : files)
        if (isStackFile(f)) return f;
    return {};
}

ComparisonFiles fusionFiles(const StoredJob& job, QString* note)
{
    const QStringList& args = job.job.arguments;
    ComparisonFiles files;
    files.reconstructed = fetchedOutput(job, outputArgument(args));
    files.reconstructedName = QStringLiteral("fused");
    QString input = localInput(job, inputArgument(args));
    if (input.isEmpty() && !job.job.inputs.isEmpty())
        input = QFileInfo(job.job.inputs.front().trimmed()).absoluteFilePath();
    if (input.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        // A synth / sample manifest: its files lie next to it; it holds the frame times.
        QFile f(input);
        const QJsonObject m =
            f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        const QJsonObject named = m.value(QStringLiteral("files")).toObject();
        const QDir dir = QFileInfo(input).absoluteDir();
        const auto file = [&](const char* key) {
            const QString v = named.value(QLatin1String(key)).toString();
            return v.isEmpty() ? QString() : dir.absoluteFilePath(v);
        };
        files.manifest = input;
        files.lr = file("lr");
        files.hr = file("hr");
        files.groundTruth = file("ground_truth");
        for (const char* report : {"report.json", "report.csv"})
            if (QFileInfo::exists(dir.filePath(QLatin1String(report)))) {
                files.report = dir.filePath(QLatin1String(report));
                break;
            }
    } else {
        files.lr = input;
    }
    if (const QString hr = optionValue(args, {"--hr"}); !hr.isEmpty()) files.hr = localInput(job, hr);
    if (files.lr.isEmpty() || !QFileInfo::exists(files.lr))
        *note = QCoreApplication::translate("xrs::app::JobResults", "the LR input is not on this machine");
    return files;
}

}  // namespace

QStringList fetchedFiles(const StoredJob& job)
{
    QStringList out;
    if (!job.fetched) return out;
    for (const QString& f : job.fetchFiles) out << QDir(job.localDir).absoluteFilePath(f);
    return out;
}

QString outputArgument(const QStringList& arguments)
{
    return optionValue(arguments, {"-o", "--output"});
}

QString inputArgument(const QStringList& arguments)
{
    // arguments[0] is the subcommand; the engine's fuse / denoise / recon options all take a value.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a.startsWith(u'-') && a.size() > 1) {
            if (!a.contains(u'=')) ++i;
            continue;
        }
        return a;
    }
    return {};
}

JobResults jobResults(const StoredJob& job)
{
    JobResults r;
    r.title = job.job.title;
    if (!job.fetched) return r;
    const QStringList fetched = fetchedFiles(job);
    const QString kind = job.job.kind;
    const QString output = fetchedOutput(job, outputArgument(job.job.arguments));
    if (kind == u"fuse" && !output.isEmpty()) {
        r.comparison = fusionFiles(job, &r.note);
        if (r.note.isEmpty()) {
            r.layout = JobResults::Layout::Comparison;
            return r;
        }
    } else if (kind == u"recon" && !output.isEmpty()) {
        r.layout = JobResults::Layout::Volume;
        r.volume = output;
        return r;
    } else if (kind == u"denoise" && !output.isEmpty()) {
        QString input = localInput(job, inputArgument(job.job.arguments));
        if (input.isEmpty() && !job.job.inputs.isEmpty())
            input = QFileInfo(job.job.inputs.front().trimmed()).absoluteFilePath();
        if (!input.isEmpty() && QFileInfo::exists(input)) {
            r.layout = JobResults::Layout::SideBySide;
            r.files = {input, output};
            return r;
        }
        r.note = QCoreApplication::translate("xrs::app::JobResults", "the input is not on this machine");
    }
    // Anything else (or a layout whose inputs are missing here): the fetched stacks in panes.
    for (const QString& f : fetched)
        if (isStackFile(f)) r.files << f;
    r.layout = r.files.isEmpty() ? JobResults::Layout::Nothing : JobResults::Layout::Panes;
    return r;
}

bool linkViews(widgets::ImageView* a, widgets::ImageView* b)
{
    using widgets::ImageView;
    if (!a || !b || a == b) return false;
    const ImageStack &ia = a->currentImage(), &ib = b->currentImage();
    if (ia.empty() || ia.rows() != ib.rows() || ia.cols() != ib.cols()) return false;
    // setViewState() does not emit, so the two cannot echo each other.
    QObject::connect(a, &ImageView::viewChanged, b, [a, b] { b->setViewState(a->viewState()); });
    QObject::connect(b, &ImageView::viewChanged, a, [a, b] { a->setViewState(b->viewState()); });
    b->setViewState(a->viewState());
    if (a->frameCount() == b->frameCount()) {
        // setFrame() returns at once for the frame already shown: no loop.
        QObject::connect(a, &ImageView::frameChanged, b, &ImageView::setFrame);
        QObject::connect(b, &ImageView::frameChanged, a, &ImageView::setFrame);
        b->setFrame(a->currentFrame());
    }
    return true;
}

}  // namespace xrs::app
