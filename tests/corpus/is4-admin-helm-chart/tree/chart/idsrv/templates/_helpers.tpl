{{- define "idsrv.connectionString" -}}
Server={{ .Values.database.host }};Database=Idsrv;User Id={{ .Values.database.user }};Password={{ .Values.database.password }};
{{- end -}}
