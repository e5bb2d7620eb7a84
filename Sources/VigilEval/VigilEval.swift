// preliminary
enum VigilEvalModule {}
