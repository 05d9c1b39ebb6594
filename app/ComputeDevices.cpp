#include "app/ComputeDevices.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSettings>

#include "remote/Job.h"

namespace xrs::app {

namespace {
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
const char* const kPreferenceKey = "compute/device";
}  // namespace

QString ComputeDevice::label() const
{
    if (id == QLatin1String("cpu")) return name.isEmpty() ? ComputeDevices::tr("CPU") : ComputeDevices::tr("CPU (%1)").arg(name);
    return ComputeDevices::tr("%1: %2, %3 GiB free of %4")
        .arg(id.toUpper(), name, QString::number(freeGiB, 'f', 1), QString::number(totalGiB, 'f', 1));
}

ComputeDevices& ComputeDevices::instance()
{
    // Parented to the application, so it goes away before QCoreApplication does.
    static QPointer<ComputeDevices> devices;
    if (!devices) {
        devices = new ComputeDevices(QCoreApplication::instance());
        devices->refresh();
    }
    return *devices;
}

ComputeDevices::ComputeDevices(QObject* parent) : QObject(parent)
{
    m_devices = {ComputeDevice{QStringLiteral("cpu"), {}, 0, 0}};
}

ComputeDevices::~ComputeDevices()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void ComputeDevices::refresh()
{
    if (m_process) return;  // one query at a time
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &ComputeDevices::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) onFinished();
    });
    // No self-test: listing is fast; the self-tests are `xrs info --devices` on a terminal.
    m_process->start(remote::xrsExecutable(),
                     {QStringLiteral("info"), QStringLiteral("--devices"), QStringLiteral("--json"), QStringLiteral("--no-self-test")});
}

void ComputeDevices::onFinished()
{
    if (!m_process) return;
    const QByteArray out = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0
                               ? m_process->readAllStandardOutput()
                               : QByteArray();
    const QString error = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    m_process->deleteLater();
    m_process = nullptr;
    if (out.isEmpty()) {
        m_summary = {tr("Compute devices unknown: %1").arg(error.isEmpty() ? tr("the xrs engine did not answer") : error)};
        m_ready = true;
        emit ready();
        return;
    }
    setReport(out);
}

void ComputeDevices::setReport(const QByteArray& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    m_raw = json;
    m_devices.clear();
    m_summary.clear();
    const QJsonObject cpu = root.value(QLatin1String("cpu")).toObject();
    m_devices.append({QStringLiteral("cpu"), cpu.value(QLatin1String("model")).toString(), 0, 0});
    m_summary << tr("CPU: %1, %n threads", nullptr, cpu.value(QLatin1String("threads")).toInt())
                     .arg(cpu.value(QLatin1String("model")).toString());
    const QJsonObject cuda = root.value(QLatin1String("cuda")).toObject();
    const auto version = [](int v) { return QStringLiteral("%1.%2").arg(v / 1000).arg((v % 1000) / 10); };
    if (!cuda.value(QLatin1String("compiled")).toBool()) {
        m_summary << tr("CUDA: engine built without CUDA");
    } else {
        m_summary << tr("CUDA: runtime %1, driver %2: %3")
                         .arg(version(cuda.value(QLatin1String("runtime_version")).toInt()),
                              version(cuda.value(QLatin1String("driver_version")).toInt()),
                              cuda.value(QLatin1String("status")).toString());
        for (const QJsonValue& v : cuda.value(QLatin1String("devices")).toArray()) {
            const QJsonObject d = v.toObject();
            ComputeDevice device{QStringLiteral("cuda:%1").arg(d.value(QLatin1String("index")).toInt()),
                                 d.value(QLatin1String("name")).toString(),
                                 d.value(QLatin1String("total_memory")).toDouble() / kGiB,
                                 d.value(QLatin1String("free_memory")).toDouble() / kGiB};
            m_summary << tr("%1 (compute %2, %3 SMs)")
                             .arg(device.label(), d.value(QLatin1String("compute")).toString())
                             .arg(d.value(QLatin1String("multiprocessors")).toInt());
            m_devices.append(device);
        }
    }
    const QJsonValue torch = root.value(QLatin1String("torch"));
    if (torch.isObject())
        m_summary << tr("LibTorch %1 (CUDA %2)")
                         .arg(torch.toObject().value(QLatin1String("version")).toString(),
                              torch.toObject().value(QLatin1String("cuda_available")).toBool() ? tr("available") : tr("not available"));
    else
        m_summary << tr("LibTorch: engine built without it");
    m_ready = true;
    emit ready();
}

QString ComputeDevices::preferred() const
{
    const QString id = QSettings().value(QLatin1String(kPreferenceKey), QStringLiteral("cpu")).toString();
    for (const ComputeDevice& d : m_devices)
        if (d.id == id) return id;
    // Before the query is done a saved CUDA device is trusted; afterwards a missing one falls back to the CPU.
    return m_ready ? QStringLiteral("cpu") : id;
}

void ComputeDevices::setPreferred(const QString& id) { QSettings().setValue(QLatin1String(kPreferenceKey), id); }

void ComputeDevices::attach(QComboBox* combo, const QString& current)
{
    QPointer<QComboBox> guard(combo);
    const auto fill = [this, guard, current] {
        if (!guard) return;
        const QString selected = guard->count() > 0 ? guard->currentData().toString()
                                                    : (current.isEmpty() ? preferred() : current);
        guard->clear();
        for (const ComputeDevice& d : m_devices) guard->addItem(d.label(), d.id);
        const int index = guard->findData(selected);
        guard->setCurrentIndex(index >= 0 ? index : 0);
    };
    fill();
    if (!m_ready) connect(this, &ComputeDevices::ready, combo, fill, Qt::SingleShotConnection);
}

}  // namespace xrs::app
