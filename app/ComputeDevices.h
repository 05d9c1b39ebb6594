#pragma once
// app/ComputeDevices: what the engine can compute on, as the `xrs` CLI reports it (`xrs info --devices --json`), asked
// once in the background so the GUI never waits for the CUDA runtime. Feeds every device selector (a combo box of
// "CPU" and "CUDA n: name, x GiB free") and the about box. The chosen device is the preference "compute/device"
// ("cpu" or "cuda:N") and reaches every job as `--device`.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

class QComboBox;
class QProcess;

namespace xrs::app {

struct ComputeDevice {
    QString id;            // "cpu", "cuda:0", …: what `--device` takes
    QString name;          // model name
    double totalGiB = 0;   // CUDA only
    double freeGiB = 0;    // CUDA only (at the time of the query)
    QString label() const; // what a selector shows
};

class ComputeDevices : public QObject {
    Q_OBJECT
public:
    // The application's instance (created on first use; the query starts then).
    static ComputeDevices& instance();

    explicit ComputeDevices(QObject* parent = nullptr);
    ~ComputeDevices() override;

    // Starts (again) the query. ready() follows when it is done or failed.
    void refresh();
    bool isReady() const { return m_ready; }
    // Always holds the CPU; CUDA devices once the query found them.
    QVector<ComputeDevice> devices() const { return m_devices; }
    // One line per fact for the about box: CPU, CUDA runtime/driver or why there is no device, LibTorch.
    QStringList summary() const { return m_summary; }
    // The raw JSON report (empty before ready, or when the query failed).
    QByteArray rawReport() const { return m_raw; }
    // Parses a report of `xrs info --devices --json` (public for tests).
    void setReport(const QByteArray& json);

    // The device every run uses: the preference when that device exists, else "cpu".
    QString preferred() const;
    static void setPreferred(const QString& id);

    // Fills `combo` with the devices (item data: the id) selecting `current`, and keeps it filled when the query
    // finishes later.
    void attach(QComboBox* combo, const QString& current = QString());

signals:
    void ready();

private:
    void onFinished();

    QProcess* m_process = nullptr;  // Qt child
    QVector<ComputeDevice> m_devices;
    QStringList m_summary;
    QByteArray m_raw;
    bool m_ready = false;
};

}  // namespace xrs::app
