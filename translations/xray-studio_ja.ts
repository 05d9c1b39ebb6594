<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;TIFF Stack…</source>
        <translation>TIFF スタック(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Screenshot of the View (PNG)…</source>
        <translation>ビューのスクリーンショット (PNG)(&amp;S)…</translation>
    </message>
    <message>
        <source>Screenshot of the &amp;Layout (PNG)…</source>
        <translation>レイアウトのスクリーンショット (PNG)(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Movie of the Sequence…</source>
        <translation>シーケンスの動画(&amp;M)…</translation>
    </message>
    <message>
        <source>Movie of the &amp;Comparison Layout…</source>
        <translation>比較レイアウトの動画(&amp;C)…</translation>
    </message>
    <message>
        <source>Metric &amp;Report (PDF)…</source>
        <translation>評価指標レポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Nothing to export: open an image stack or a comparison first.</source>
        <translation>エクスポートするものがありません。先に画像スタックまたは比較を開いてください。</translation>
    </message>
    <message>
        <source>The comparison layout is not shown.</source>
        <translation>比較レイアウトが表示されていません。</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>エクスポート: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>エクスポートを中止しました: %1</translation>
    </message>
    <message>
        <source>Export TIFF Stack</source>
        <translation>TIFF スタックのエクスポート</translation>
    </message>
    <message>
        <source>Data type:</source>
        <translation>データ型:</translation>
    </message>
    <message>
        <source>Range low (integer types):</source>
        <translation>範囲の下限 (整数型):</translation>
    </message>
    <message>
        <source>Range high (integer types):</source>
        <translation>範囲の上限 (整数型):</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>最初のフレーム:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>最後のフレーム:</translation>
    </message>
    <message>
        <source>Only the rectangle drawn in the view</source>
        <translation>ビューに描いた矩形内のみ</translation>
    </message>
    <message>
        <source>TIFF (*.tif *.tiff)</source>
        <translation>TIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 をエクスポート中…</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>スクリーンショットの保存</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存中…</translation>
    </message>
    <message>
        <source>Export Movie</source>
        <translation>動画のエクスポート</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>フレームレート (fps):</translation>
    </message>
    <message>
        <source>Movies (*.mp4 *.avi)</source>
        <translation>動画 (*.mp4 *.avi)</translation>
    </message>
    <message>
        <source>Metric Report</source>
        <translation>評価指標レポート</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>レポート (*.json)</translation>
    </message>
    <message>
        <source>Save Metric Report</source>
        <translation>評価指標レポートの保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込み中…</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>X-ray Studio: viewing, fusion, denoising and CT reconstruction.</source>
        <translation>X-ray Studio: 表示、フュージョン、ノイズ除去、CT 再構成。</translation>
    </message>
    <message>
        <source>TIFF or HDF5 files (or TIFF folders) to open.</source>
        <translation>開く TIFF または HDF5 ファイル（または TIFF フォルダー）。</translation>
    </message>
    <message>
        <source>Run `xrs demo DIR` and show its videos.</source>
        <translation>`xrs demo DIR` を実行して、その動画を表示します。</translation>
    </message>
    <message>
        <source>When everything is shown, save the window as a PNG and quit.</source>
        <translation>すべて表示されたら、ウィンドウを PNG として保存して終了します。</translation>
    </message>
    <message>
        <source>Quit after N milliseconds.</source>
        <translation>N ミリ秒後に終了します。</translation>
    </message>
    <message>
        <source>--quit-after-ms needs a number of milliseconds</source>
        <translation>--quit-after-ms にはミリ秒数を指定してください</translation>
    </message>
    <message>
        <source>Show an existing `xrs demo` output folder in the comparison layout.</source>
        <translation>既存の `xrs demo` 出力フォルダーを比較レイアウトで表示します。</translation>
    </message>
    <message>
        <source>User-interface language (%1).</source>
        <translation>ユーザーインターフェースの言語（%1）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>不明なホスト鍵</translation>
    </message>
    <message>
        <source>The host %1 (port %2) is not known yet.
Its %3 key fingerprint is
%4

Accept it only if it matches the fingerprint the host&apos;s administrators published.</source>
        <translation>ホスト %1（ポート %2）はまだ登録されていません。
%3 鍵のフィンガープリント:
%4

ホスト管理者が公開しているフィンガープリントと一致する場合のみ受け入れてください。</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Accept Once</source>
        <translation>今回のみ受け入れる</translation>
    </message>
    <message>
        <source>Accept and Save</source>
        <translation>受け入れて保存</translation>
    </message>
    <message>
        <source>Host Key Refused</source>
        <translation>ホスト鍵を拒否しました</translation>
    </message>
    <message>
        <source>%1

%2 key fingerprint: %3</source>
        <translation>%1

%2 鍵のフィンガープリント: %3</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>%1 のパスフレーズ:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Metric report</source>
        <translation>評価指標レポート</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>作成日時 %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Per-frame values</source>
        <translation>フレームごとの値</translation>
    </message>
    <message>
        <source>Best and worst frames</source>
        <translation>最良と最悪のフレーム</translation>
    </message>
    <message>
        <source>Best: frame %1 (%2)</source>
        <translation>最良: フレーム %1 (%2)</translation>
    </message>
    <message>
        <source>Worst: frame %1 (%2)</source>
        <translation>最悪: フレーム %1 (%2)</translation>
    </message>
    <message>
        <source>Parameters and provenance</source>
        <translation>パラメータと来歴</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>レポートファイル</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>正解画像</translation>
    </message>
</context>
<context>
    <name>xrs::app::ClusterJobsModel</name>
    <message>
        <source>%1 (fetched)</source>
        <translation>%1（取得済み）</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>待ち順位</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Scheduler ID</source>
        <translation>スケジューラID</translation>
    </message>
</context>
<context>
    <name>xrs::app::ClusterJobsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>取得</translation>
    </message>
    <message>
        <source>Log Tail</source>
        <translation>ログ末尾</translation>
    </message>
    <message>
        <source>Open Results</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>%1 をキャンセル中…</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>%1 をキャンセルしました</translation>
    </message>
    <message>
        <source>Polling the schedulers…</source>
        <translation>スケジューラに問い合わせ中…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still watched</source>
        <translation>
            <numerusform>監視中のジョブ: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>%1 のログを読み込み中…</translation>
    </message>
    <message>
        <source>Log of %1 read</source>
        <translation>%1 のログを読み込みました</translation>
    </message>
</context>
<context>
    <name>xrs::app::ComputeDevices</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU (%1)</source>
        <translation>CPU（%1）</translation>
    </message>
    <message>
        <source>%1: %2, %3 GiB free of %4</source>
        <translation>%1: %2、空き %3 GiB / %4 GiB</translation>
    </message>
    <message>
        <source>Compute devices unknown: %1</source>
        <translation>計算デバイス不明: %1</translation>
    </message>
    <message>
        <source>the xrs engine did not answer</source>
        <translation>xrs エンジンが応答しませんでした</translation>
    </message>
    <message numerus="yes">
        <source>CPU: %1, %n threads</source>
        <translation>
            <numerusform>CPU: %1、%n スレッド</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: engine built without CUDA</source>
        <translation>CUDA: エンジンは CUDA なしでビルドされています</translation>
    </message>
    <message>
        <source>CUDA: runtime %1, driver %2: %3</source>
        <translation>CUDA: ランタイム %1、ドライバ %2: %3</translation>
    </message>
    <message>
        <source>%1 (compute %2, %3 SMs)</source>
        <translation>%1（Compute %2、%3 SM）</translation>
    </message>
    <message>
        <source>LibTorch %1 (CUDA %2)</source>
        <translation>LibTorch %1（CUDA %2）</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>LibTorch: engine built without it</source>
        <translation>LibTorch: エンジンは LibTorch なしでビルドされています</translation>
    </message>
</context>
<context>
    <name>xrs::app::HostProfileDialog</name>
    <message>
        <source>Host Profiles</source>
        <translation>ホストプロファイル</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import ~/.ssh/config</source>
        <translation>~/.ssh/config から読み込む</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>one shell line each, e.g. module load cuda</source>
        <translation>1行に1コマンド（例: module load cuda）</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>踏み台ホスト</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>秘密鍵ファイル</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>スケジューラ</translation>
    </message>
    <message>
        <source>Work directory</source>
        <translation>作業ディレクトリ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Engine command</source>
        <translation>エンジンのコマンド</translation>
    </message>
    <message>
        <source>Partition / queue</source>
        <translation>パーティション / キュー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード数</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>ノードあたりのGPU数</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>タスクあたりのCPU数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>実行時間上限</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のプロファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のホストを読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>new-host</source>
        <translation>new-host</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Connected to %1, but a command failed (status %2): %3</source>
        <translation>%1 に接続しましたが、コマンドが失敗しました（終了コード %2）: %3</translation>
    </message>
    <message>
        <source>OK: %1 — connected in %2 ms, command round trip %3 ms</source>
        <translation>OK: %1 — 接続 %2 ms、コマンド往復 %3 ms</translation>
    </message>
</context>
<context>
    <name>xrs::app::ImagePane</name>
    <message>
        <source>Close this pane</source>
        <translation>このペインを閉じる</translation>
    </message>
</context>
<context>
    <name>xrs::app::JobsPanel</name>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>ジョブを中止</translation>
    </message>
</context>
<context>
    <name>xrs::app::MainWindow</name>
    <message>
        <source>X-ray Studio</source>
        <translation>X-ray Studio</translation>
    </message>
    <message>
        <source>Open an image stack with File → Open… (Ctrl+O)</source>
        <translation>「ファイル → 開く…」(Ctrl+O) で画像スタックを開いてください</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open TIFF or HDF5 files, each in its own pane</source>
        <translation>TIFF または HDF5 ファイルを、それぞれ別のペインで開きます</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a folder of TIFF files as one stack</source>
        <translation>TIFF ファイルのフォルダーを 1 つのスタックとして開きます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Open Image Stacks</source>
        <translation>画像スタックを開く</translation>
    </message>
    <message>
        <source>Image stacks (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation>画像スタック (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open TIFF Folder</source>
        <translation>TIFF フォルダーを開く</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3)</source>
        <translation>%1 を開きました（%2、%3）</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Demo data in %1</source>
        <translation>%1 のデモデータ</translation>
    </message>
    <message>
        <source>Job “%1” %2</source>
        <translation>ジョブ「%1」: %2</translation>
    </message>
    <message>
        <source>The demo job failed</source>
        <translation>デモジョブが失敗しました</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>比較を開く(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare LR, HR, reconstruction and ground truth of a demo or synth folder</source>
        <translation>デモまたは合成フォルダーの LR、HR、再構成、正解を比較します</translation>
    </message>
    <message>
        <source>Open Demo or Synth Folder</source>
        <translation>デモまたは合成フォルダーを開く</translation>
    </message>
    <message>
        <source>Cannot compare %1</source>
        <translation>%1 を比較できません</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>比較: %1</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Comparison of %1: %2 frames</source>
        <translation>%1 の比較: %2 フレーム</translation>
    </message>
    <message>
        <source>Open &amp;Volume…</source>
        <translation>ボリュームを開く(&amp;V)…</translation>
    </message>
    <message>
        <source>Show a CT volume in orthogonal slices with a crosshair</source>
        <translation>CT ボリュームを十字線付きの直交断面で表示します</translation>
    </message>
    <message>
        <source>Open Volume</source>
        <translation>ボリュームを開く</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation>ボリューム (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>ボリューム: %1</translation>
    </message>
    <message>
        <source>Opened %1 in orthogonal slices</source>
        <translation>%1 を直交断面で開きました</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>クラスタ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hosts…</source>
        <translation>ホスト(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>投入(&amp;S)…</translation>
    </message>
    <message>
        <source>Cluster job %1 submitted</source>
        <translation>クラスタジョブ %1 を投入しました</translation>
    </message>
    <message>
        <source>Cluster &amp;Jobs</source>
        <translation>クラスタジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>Cluster Jobs</source>
        <translation>クラスタジョブ</translation>
    </message>
    <message>
        <source>---- log of cluster job %1 ----</source>
        <translation>---- クラスタジョブ %1 のログ ----</translation>
    </message>
    <message>
        <source>Close &amp;All Panes</source>
        <translation>すべてのペインを閉じる(&amp;A)</translation>
    </message>
</context>
<context>
    <name>xrs::app::SubmitDialog</name>
    <message>
        <source>Submit Cluster Job</source>
        <translation>クラスタジョブの投入</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>ノイズ除去</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Fuse</source>
        <translation>融合</translation>
    </message>
    <message>
        <source>input file(s), separated by ;</source>
        <translation>入力ファイル（; 区切り）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>further options, e.g. --center 31.5</source>
        <translation>追加オプション（例: --center 31.5）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Partition / queue</source>
        <translation>パーティション / キュー</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード数</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>ノードあたりのGPU数</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>タスクあたりのCPU数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>実行時間上限</translation>
    </message>
    <message>
        <source>Array tasks</source>
        <translation>アレイタスク数</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>検出器の行数</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Job Inputs</source>
        <translation>ジョブの入力</translation>
    </message>
    <message>
        <source>Give the scan to reconstruct.</source>
        <translation>再構成するスキャンを指定してください。</translation>
    </message>
    <message>
        <source>Give the output file.</source>
        <translation>出力ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Give the scan&apos;s detector rows (split over the array tasks).</source>
        <translation>スキャンの検出器の行数を指定してください（アレイタスクに分割されます）。</translation>
    </message>
    <message>
        <source>
# ---- merge job (after all tasks succeed) ----
</source>
        <translation>
# ---- 結合ジョブ（全タスク成功後） ----
</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>%1 に投入中…</translation>
    </message>
    <message>
        <source>Submitted job %1</source>
        <translation>ジョブ %1 を投入しました</translation>
    </message>
</context>
<context>
    <name>xrs::remote::LocalRunner</name>
    <message>
        <source>cancelled before it started</source>
        <translation>開始前に中止されました</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止されました</translation>
    </message>
    <message>
        <source>stopped after the time limit of %1 s</source>
        <translation>制限時間 %1 秒を超えたため停止しました</translation>
    </message>
    <message>
        <source>%1 crashed (signal %2)</source>
        <translation>%1 がクラッシュしました（シグナル %2）</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>終了コード %1 で終了しました</translation>
    </message>
    <message>
        <source>expected output missing: %1</source>
        <translation>出力ファイルがありません: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 を開始できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::Colormap</name>
    <message>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>Inverted grey</source>
        <translation>反転グレー</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ComparisonView</name>
    <message>
        <source>LR</source>
        <translation>LR（低解像度）</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR（高解像度）</translation>
    </message>
    <message>
        <source>Reconstructed</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Reconstructed (%1)</source>
        <translation>再構成（%1）</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>|Reconstructed − ground truth|</source>
        <translation>|再構成 − 正解|</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>最初のフレーム（Home）</translation>
    </message>
    <message>
        <source>Previous frame (←)</source>
        <translation>前のフレーム（←）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止（Space）</translation>
    </message>
    <message>
        <source>Next frame (→)</source>
        <translation>次のフレーム（→）</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>最後のフレーム（End）</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed (frames per second)</source>
        <translation>再生速度（毎秒フレーム数）</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>LR: nearest</source>
        <translation>LR: 最近傍</translation>
    </message>
    <message>
        <source>LR: bicubic</source>
        <translation>LR: バイキュービック</translation>
    </message>
    <message>
        <source>How the LR frames are upscaled to the HR grid (for display only)</source>
        <translation>LR フレームを HR の格子に拡大する方法（表示専用）</translation>
    </message>
    <message>
        <source>Link window/level</source>
        <translation>ウィンドウ/レベルを連動</translation>
    </message>
    <message>
        <source>Colour map of the linked panes</source>
        <translation>連動ペインのカラーマップ</translation>
    </message>
    <message>
        <source>Histogram of the reconstructed frame; drag the limits to change the display range</source>
        <translation>再構成フレームのヒストグラム。境界をドラッグすると表示範囲が変わります</translation>
    </message>
    <message>
        <source>frame %1/%2, ×%3 %4</source>
        <translation>フレーム %1/%2、×%3 %4</translation>
    </message>
    <message>
        <source>bicubic</source>
        <translation>バイキュービック</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>最近傍</translation>
    </message>
    <message>
        <source>HR frame %1/%2, same time</source>
        <translation>HR フレーム %1/%2、同時刻</translation>
    </message>
    <message>
        <source>HR frame %1/%2, Δt = %3 frames</source>
        <translation>HR フレーム %1/%2、Δt = %3 フレーム</translation>
    </message>
    <message>
        <source>frame %1/%2</source>
        <translation>フレーム %1/%2</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::Histogram</name>
    <message>
        <source>Min–max</source>
        <translation>最小–最大</translation>
    </message>
    <message>
        <source>0.35–99.65 %</source>
        <translation>0.35–99.65 %</translation>
    </message>
    <message>
        <source>1–99 %</source>
        <translation>1–99 %</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::HistogramWidget</name>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic display range</source>
        <translation>表示範囲の自動設定</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ImageView</name>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>cannot show frame %1: %2</source>
        <translation>フレーム %1 を表示できません: %2</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>frame %1/%2</source>
        <translation>フレーム %1/%2</translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation>(%1, %2) = %3</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, right drag for window/level</source>
        <translation>ドラッグで移動、ホイールでズーム、右ドラッグでウィンドウ/レベル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Drag a line to plot the values along it</source>
        <translation>線をドラッグすると、その線に沿った値をプロットします</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag a rectangle to get the statistics of its pixels</source>
        <translation>矩形をドラッグすると、その画素の統計を表示します</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Remove the measured line and rectangle</source>
        <translation>計測した線と矩形を消去します</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the image into the view (R)</source>
        <translation>画像をビューに合わせます（R）</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>画像の 1 画素を画面の 1 画素で表示します</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>カラーマップ</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>ヒストグラム</translation>
    </message>
    <message>
        <source>Show the histogram with the display range</source>
        <translation>表示範囲付きのヒストグラムを表示します</translation>
    </message>
    <message>
        <source>profile: %1 px, %2 samples</source>
        <translation>プロファイル: %1 px、%2 サンプル</translation>
    </message>
    <message>
        <source>rectangle %1×%2 at (%3, %4)</source>
        <translation>矩形 %1×%2（位置 %3, %4）</translation>
    </message>
    <message>
        <source>mean %1, std %2, min %3, max %4, %5 pixels</source>
        <translation>平均 %1、標準偏差 %2、最小 %3、最大 %4、%5 画素</translation>
    </message>
    <message>
        <source>no pixels</source>
        <translation>画素なし</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::MetricPlot</name>
    <message>
        <source>Metric to plot</source>
        <translation>プロットする指標</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Click a point to show that frame</source>
        <translation>点をクリックすると、そのフレームを表示します</translation>
    </message>
    <message>
        <source>Per-frame metric:</source>
        <translation>フレームごとの指標:</translation>
    </message>
    <message>
        <source>current frame</source>
        <translation>現在のフレーム</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::MetricReport</name>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR（dB）</translation>
    </message>
    <message>
        <source>AAD</source>
        <translation>AAD（平均絶対差）</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE（平均二乗誤差）</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::OrthoSliceView</name>
    <message>
        <source>Axial (XY)</source>
        <translation>体軸断（XY）</translation>
    </message>
    <message>
        <source>Coronal (XZ)</source>
        <translation>冠状断（XZ）</translation>
    </message>
    <message>
        <source>Sagittal (YZ)</source>
        <translation>矢状断（YZ）</translation>
    </message>
    <message>
        <source>Double-click to move the crosshair there</source>
        <translation>ダブルクリックで十字線をその位置に移動します</translation>
    </message>
    <message>
        <source>Axial (XY), z = %1</source>
        <translation>体軸断（XY）、z = %1</translation>
    </message>
    <message>
        <source>Coronal (XZ), y = %1</source>
        <translation>冠状断（XZ）、y = %1</translation>
    </message>
    <message>
        <source>Sagittal (YZ), x = %1</source>
        <translation>矢状断（YZ）、x = %1</translation>
    </message>
    <message>
        <source>(x, y, z) = (%1, %2, %3): %4</source>
        <translation>(x, y, z) = (%1, %2, %3): %4</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ProfilePlot</name>
    <message>
        <source>distance (px)</source>
        <translation>距離（px）</translation>
    </message>
    <message>
        <source>distance (%1)</source>
        <translation>距離（%1）</translation>
    </message>
</context>
</TS>
