-- Runs after every DACPAC publish (sqlpackage /Action:Publish), before the services are upgraded.
-- The schema is owned by this project since the move away from EF Core migrations.
PRINT 'Removing the EF Core migrations history table ...'
DROP TABLE IF EXISTS [dbo].[__EFMigrationsHistory]
