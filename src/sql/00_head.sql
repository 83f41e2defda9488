-- zhnum: Chinese numbers, amounts and dates for PostgreSQL.
-- This script is assembled from src/sql/*.sql by the Makefile.

\echo Use "CREATE EXTENSION zhnum" to load this file. \quit
