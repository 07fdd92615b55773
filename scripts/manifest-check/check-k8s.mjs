// Validates every manifest in the folder given as argument against its Kubernetes API schema.
import { readFileSync, readdirSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
const dir = process.argv[2];
const kinds = {  // the kinds the manifests use
  'apps/v1:Deployment': (await import('kubernetes-models/apps/v1/Deployment')).Deployment,
  'v1:Service': (await import('kubernetes-models/v1/Service')).Service,
  'v1:ConfigMap': (await import('kubernetes-models/v1/ConfigMap')).ConfigMap,
  'policy/v1:PodDisruptionBudget': (await import('kubernetes-models/policy/v1/PodDisruptionBudget')).PodDisruptionBudget,
  'autoscaling/v2:HorizontalPodAutoscaler': (await import('kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler')).HorizontalPodAutoscaler,
};
let bad = 0;
for (const f of readdirSync(dir).filter(f => f.endsWith('.yaml') && f !== 'kustomization.yaml')) {
  for (const doc of parseAllDocuments(readFileSync(`${dir}/${f}`, 'utf8'))) {
    const o = doc.toJS(); const K = kinds[`${o.apiVersion}:${o.kind}`];
    if (!K) { console.log(`${f}: no model for ${o.apiVersion} ${o.kind}`); bad++; continue; }
    try { new K(o).validate(); console.log(`${f}: ${o.kind} valid`); } catch (e) { console.log(`${f}: ${e.message}`); bad++; }
  }
}
process.exit(bad ? 1 : 0);
