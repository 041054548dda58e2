import { useEffect, useMemo, useState } from 'preact/hooks';
import { ProbeDatabase } from '../../db';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, saveSettings, type Settings } from '../../settings';
import { BackupSection, ImportSection } from './DataSections';
import { Overview } from './Overview';
import { PrivacySection } from './PrivacySection';
import { useJob } from './use-job';

export function History() {
  const db = useMemo(() => new ProbeDatabase(), []);
  useEffect(() => () => db.close(), [db]);
  // Bumped after anything that changes the stored history, so the overview reads it again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const save = (patch: Partial<Settings>) => void saveSettings(patch).then(setSettings);

  const job = useJob(changed);
  const keep = { textStorage: settings?.textStorage ?? DEFAULT_SETTINGS.textStorage, retentionDays: settings?.retentionDays ?? DEFAULT_SETTINGS.retentionDays };
  const controls = { state: job.state, cancel: job.cancel, start: (request: { kind: 'import' | 'restore'; file: File }) => job.start({ ...request, keep }) };

  return (
    <main>
      <h1>Your history</h1>
      <p class="muted">Stored in this browser only. Nothing here is ever sent anywhere.</p>
      <Overview db={db} version={version} />
      <ImportSection job={controls} />
      <BackupSection db={db} job={controls} />
      <PrivacySection db={db} settings={settings} save={save} onDeleted={changed} />
    </main>
  );
}
